// Builds the add-in into dist/: functions.js/.html/.json (+ functions-zh-cn.json), taskpane.html,
// help.html, assets/icon-*.png and manifest.xml (URLs moved to ADDIN_BASE_URL when it is set).
//
// The engine is compiled from its TypeScript source (packages/engine/src) together with the add-in,
// down to ES2016 syntax: Excel's JavaScript-only custom-functions runtime supports ECMAScript 2016.
// So the add-in's build does not need the engine's dist.
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import path from 'node:path';
import { DEV_BASE_URL, ENGINE_SOURCE, FUNCTION_SOURCES, GZIP_BUDGETS, PACKAGE_ROOT, resolveBaseUrl } from './build/addin-config.mjs';
import { devHttpsOptions } from './build/dev-certs.mjs';
import { GzipBudgetPlugin, HelpPagePlugin, IconsPlugin, LocalizedMetadataPlugin, ManifestPlugin } from './build/plugins.mjs';

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
    entry: { functions: './src/functions/functions.ts' },
    output: {
      path: path.resolve(PACKAGE_ROOT, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.js'] },
      alias: { '@sme-navigator/engine$': ENGINE_SOURCE },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true, // `npm run lint` (tsc --noEmit) type-checks
            onlyCompileBundledFiles: true,
            compilerOptions: { target: 'ES2016', module: 'ESNext', moduleResolution: 'Bundler', declaration: false, sourceMap: true },
          },
        },
      ],
    },
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
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: [], inject: false, minify: false }),
      new LocalizedMetadataPlugin(),
      new HelpPagePlugin({ namespace: NAMESPACE }),
      new IconsPlugin(),
      new ManifestPlugin({ baseUrl }),
      new GzipBudgetPlugin({ budgets: GZIP_BUDGETS, enforce: production }),
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
