// Facts about the task pane and the playground shared by webpack.config.js, tools/start.mjs and the tests.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Gzip budget in bytes (1 kB = 1000 B) for the task pane's entry; the build fails over it. */
export const TASKPANE_GZIP_BUDGETS = { 'taskpane.js': 400_000 };

/** The sample workbook the playground opens first, copied into dist/ as firms.xlsx. */
export const SAMPLE_WORKBOOK = fileURLToPath(new URL('../../../examples/firms.xlsx', import.meta.url));

/** exceljs' prebuilt browser file, copied to dist/exceljs.min.js for the playground (webpack treats `exceljs` as the global ExcelJS). */
export const EXCELJS_BROWSER = createRequire(import.meta.url).resolve('exceljs/dist/exceljs.min.js');

/** The playground's page in dist/. */
export const PLAYGROUND_PAGE = 'playground.html';
