// Builds the add-in into dist/: functions.js/.html/.json (+ functions-zh-cn.json), taskpane.js/.html
// (the React task pane), playground.js/.html (the same pane beside a sheet view of an .xlsx) with
// exceljs.min.js (only the playground loads it) and firms.xlsx, help.html, assets/icon-*.png and manifest.xml
// (URLs moved to ADDIN_BASE_URL when it is set).
//
// The engine is compiled from its TypeScript source (packages/engine/src) together with the add-in,
// down to ES2016 syntax: Excel's JavaScript-only custom-functions runtime supports ECMAScript 2016.
// So the add-in's build does not need the engine's dist. The task pane and the playground run in a
// browser (Edge WebView2, Safari, a modern browser) and are compiled to ES2019.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import path from 'node:path';
import { DEV_BASE_URL, ENGINE_SOURCE, FUNCTION_SOURCES, GZIP_BUDGETS, PACKAGE_ROOT, resolveBaseUrl } from './tools/addin-config.mjs';
import { devHttpsOptions } from './tools/dev-certs.mjs';
import { GzipBudgetPlugin, HelpPagePlugin, IconsPlugin, LocalizedMetadataPlugin, ManifestPlugin } from './tools/plugins.mjs';
import { EXCELJS_BROWSER, PLAYGROUND_PAGE, SAMPLE_WORKBOOK, TASKPANE_GZIP_BUDGETS } from './tools/taskpane.mjs';

const NAMESPACE = 'SME';

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: 'production' | 'development' }} argv
 * @returns {Promise<import('webpack').Configuration & { devServer?: object }>}
 */
export default async (env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
  if (baseUrl !== DEV_BASE_URL) console.log(`Manifest URLs: ${baseUrl} (ADDIN_BASE_URL)`);

  return {
    mode: production ? 'production' : 'development',
    context: PACKAGE_ROOT,
    target: ['web', 'es2016'],
    devtool: 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: path.resolve(PACKAGE_ROOT, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      alias: { '@sme-navigator/engine$': ENGINE_SOURCE },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          include: [path.resolve(PACKAGE_ROOT, 'src/taskpane'), path.resolve(PACKAGE_ROOT, 'src/playground')],
          loader: 'ts-loader',
          options: {
            instance: 'taskpane',
            transpileOnly: true,
            onlyCompileBundledFiles: true,
            compilerOptions: { target: 'ES2019', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', declaration: false, sourceMap: true },
          },
        },
        {
          test: /\.ts$/,
          exclude: [/node_modules/, path.resolve(PACKAGE_ROOT, 'src/taskpane'), path.resolve(PACKAGE_ROOT, 'src/playground')],
          loader: 'ts-loader',
          options: {
            transpileOnly: true, // `npm run lint` (tsc --noEmit) type-checks
            onlyCompileBundledFiles: true,
            compilerOptions: { target: 'ES2016', module: 'ESNext', moduleResolution: 'Bundler', declaration: false, sourceMap: true },
          },
        },
      ],
    },
    // The playground's exceljs is its prebuilt browser file (copied beside playground.html and loaded
    // before it), not bundled: nothing in it to compile, and no other page loads it.
    externals: { exceljs: 'ExcelJS' },
    performance: { hints: false }, // GzipBudgetPlugin enforces the real budget
    plugins: [
      // The plugin accepts several sources, though its typings say one.
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: /** @type {string} */ (/** @type {unknown} */ (FUNCTION_SOURCES.map((f) => path.resolve(PACKAGE_ROOT, f)))) }),
      new HtmlWebpackPlugin({
        filename: 'functions.html',
        template: './src/functions/functions.html',
        chunks: ['functions'],
        inject: 'body',
        scriptLoading: 'blocking',
        minify: false,
      }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], inject: 'body', scriptLoading: 'defer', minify: false }),
      new HtmlWebpackPlugin({ filename: PLAYGROUND_PAGE, template: './src/playground/playground.html', chunks: ['playground'], inject: 'body', scriptLoading: 'defer', minify: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: SAMPLE_WORKBOOK, to: 'firms.xlsx' },
          { from: EXCELJS_BROWSER, to: 'exceljs.min.js', info: { minimized: true } },
        ],
      }),
      new LocalizedMetadataPlugin(),
      new HelpPagePlugin({ namespace: NAMESPACE }),
      new IconsPlugin(),
      new ManifestPlugin({ baseUrl }),
      new GzipBudgetPlugin({ budgets: { ...GZIP_BUDGETS, ...TASKPANE_GZIP_BUDGETS }, enforce: production }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devHttpsOptions() },
          static: false,
          hot: false,
          liveReload: false,
        }
      : undefined,
  };
};
