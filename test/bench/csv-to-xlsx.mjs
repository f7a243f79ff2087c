// Turns a generated CSV register into an XLSX one (streaming both ways), for the XLSX benchmark.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: false, useSharedStrings: false });
const sheet = writer.addWorksheet('Firms');
let header = true;
for await (const record of createReadStream(input).pipe(parse())) {
  sheet.addRow(header ? record : record.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c))).commit();
  header = false;
}
sheet.commit();
await writer.commit();
