/**
 * Writes firms.xlsx from firms.csv, so the two sample files always hold the same firms.
 * Run from the repository root: `npx tsx examples/build-xlsx.mts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const records: string[][] = parse(readFileSync(here('firms.csv')), { bom: true });
const [header, ...rows] = records as [string[], ...string[][]];

const workbook = new ExcelJS.Workbook();
workbook.creator = 'SME Navigator';
// A fixed date keeps the file byte-stable when nothing else changed.
workbook.created = workbook.modified = new Date('2026-01-01T00:00:00Z');
const sheet = workbook.addWorksheet('Firms', { views: [{ state: 'frozen', ySplit: 1 }] });
sheet.addRow(header);
sheet.getRow(1).font = { bold: true };
const isNumber = (s: string) => /^-?\d+(\.\d+)?$/.test(s);
for (const row of rows) sheet.addRow(row.map((c) => (c === '' ? null : isNumber(c) ? Number(c) : c)));
sheet.columns.forEach((col, i) => (col.width = Math.min(40, Math.max(10, ...records.map((r) => (r[i] ?? '').length + 2)))));

const about = workbook.addWorksheet('About');
about.addRows([
  ['SME Navigator sample firms'],
  ['Every firm here is fictional: names and figures are made up to show the ratings, and any likeness to a real firm is chance.'],
  ['Money columns (revenue, assets) are in 10,000 yuan (万元), the unit of the PRC size standards.'],
]);
await workbook.xlsx.writeFile(here('firms.xlsx'));
