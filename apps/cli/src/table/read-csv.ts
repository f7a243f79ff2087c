import { createReadStream, statSync, type ReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { UsageError } from '../usage-error.js';
import type { SourceRow, TableSource } from './table-source.js';

export function csvSource(path: string): TableSource {
  const size = statSync(path).size;
  let file: ReadStream | undefined;
  return {
    sheetName: 'rated',
    fractionRead: () => (file && size > 0 ? Math.min(1, file.bytesRead / size) : undefined),
    async *rows(): AsyncIterable<SourceRow> {
      // Stray quotes inside a field (=HYPERLINK("…") typed by hand) are read as text, not refused.
      file = createReadStream(path);
      const parser = file.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
      let number = 0;
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          number += 1;
          yield { number, cells: record };
        }
      } catch (e) {
        // csv-parse's error class differs between its builds, so its code is what identifies it.
        const code = (e as { code?: unknown }).code;
        if (typeof code === 'string' && code.startsWith('CSV_')) {
          const [row, detail] = [number, (e as Error).message];
          throw new UsageError((s) => s.badCsv({ path, row, detail }));
        }
        throw e;
      }
    },
  };
}
