// The XLSX floor: exceljs' streaming reader into its streaming writer, every row copied, no rating.
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: false, useSharedStrings: false });
for await (const sheet of reader) {
  const out = writer.addWorksheet(sheet.name);
  for await (const row of sheet) out.addRow(row.values.slice(1)).commit();
  out.commit();
}
await writer.commit();
