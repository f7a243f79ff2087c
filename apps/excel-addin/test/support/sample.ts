/** The sample workbook's "Firms" sheet (examples/firms.xlsx), as rows of cells, for tests. */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../../src/taskpane/gateway/types.js';

// From this file's path as a string: under jsdom, URL is jsdom's, which fileURLToPath refuses.
export const SAMPLE_XLSX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples/firms.xlsx');

let cached: Cell[][] | undefined;

/** Header row first, then the 50 firms, as the file holds them (numbers as numbers, "30%" as text). */
export async function sampleFirms(): Promise<Cell[][]> {
  if (cached) return cached.map((r) => [...r]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  const ws = wb.getWorksheet('Firms')!;
  const width = ws.getRow(1).cellCount;
  const rows: Cell[][] = [];
  ws.eachRow((row) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : (v as Cell));
    }
    rows.push(cells);
  });
  cached = rows;
  return rows.map((r) => [...r]);
}

/** A table of `firms` rows cycling through the sample's 50 firms, header first. */
export async function cyclingTable(firms: number): Promise<Cell[][]> {
  const [header, ...rows] = await sampleFirms();
  const out: Cell[][] = [header!];
  for (let i = 0; i < firms; i++) out.push([...rows[i % rows.length]!]);
  return out;
}

/** Column index of a header in a row of headers (throws when absent, so a test says which). */
export function columnOf(header: readonly Cell[], name: string): number {
  const at = header.findIndex((h) => h === name);
  if (at < 0) throw new Error(`no column ${name} in ${header.join(', ')}`);
  return at;
}
