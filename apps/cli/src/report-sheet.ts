import { clusterReportHeading, type Language, type ReportTable } from '@sme-navigator/engine';

/** The sheet's name, the same as the task pane's "Insert report sheet" writes. */
export const REPORT_SHEET = 'SME Cluster Report';

/**
 * Writes the cluster report as a workbook of one sheet, table after table, so a colleague without
 * the add-in can read it. exceljs draws no charts, so the heading says the tables stand for them.
 */
export async function writeReportSheet(path: string, tables: readonly ReportTable[], lang: Language): Promise<void> {
  // exceljs is loaded only by the commands that write a workbook: it adds a third of a second to every start.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'SME Navigator';
  const sheet = book.addWorksheet(REPORT_SHEET);
  for (const line of clusterReportHeading(lang)) sheet.addRow([line]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  for (const table of tables) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow([...table.header]).font = { bold: true, color: { argb: 'FF444444' } };
    for (const cells of table.rows) {
      const row = sheet.addRow([...cells]);
      for (const at of table.percent ?? []) row.getCell(at + 1).numFmt = '0.0%';
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  sheet.getColumn(1).width = 48;
  for (const at of [2, 3, 4, 5]) sheet.getColumn(at).width = at === 3 ? 60 : 22;
  await book.xlsx.writeFile(path);
}
