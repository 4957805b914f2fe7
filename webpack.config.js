/**
 * Builds the task pane (taskpane.html, with office.js from Microsoft's CDN) and the playground
 * (playground.html: the in-memory Excel beside the same pane, no office.js, nothing leaves localhost).
 *
 *   npx webpack --mode production                       → dist/
 *   npx webpack --mode production --env url=https://host/path/
 *                                                       → dist/ and dist/manifest.xml pointing there
 *   npx webpack serve --mode development                → https://localhost:3000 for sideloading
 *                                                         (http when no dev certificate is installed)
 *   npx webpack serve --mode development --env playground → http://localhost:3001/playground.html
 *
 * The ribbon button only needs ShowTaskpane; the manifest's function file is the static commands.html.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { deployManifest, deploymentBase } = require('./scripts/deploy-manifest');

const DEV_CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** Certificates written by `npx office-addin-dev-certs install`, when present. */
function devServerTransport() {
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(DEV_CERT_DIR, f)]));
  if (!fs.existsSync(paths.key) || !fs.existsSync(paths.cert)) return 'http';
  const options = { key: fs.readFileSync(paths.key), cert: fs.readFileSync(paths.cert) };
  if (fs.existsSync(paths.ca)) options.ca = fs.readFileSync(paths.ca);
  return { type: 'https', options };
}

const PAGES = {
  taskpane: { entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  playground: { entry: './src/playground/index.tsx', template: './src/playground/playground.html' },
};

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const playgroundServer = Boolean(env.playground);
  // `--env only=playground` builds one page (the browser tests need only the playground).
  const pages = Object.keys(PAGES).filter((name) => !env.only || env.only === name);
  // A wrong deployment address stops the build at once, not after it.
  if (env.url) deploymentBase(env.url);
  return {
    mode: production ? 'production' : 'development',
    entry: Object.fromEntries(pages.map((name) => [name, PAGES[name].entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            // ES modules let webpack tree-shake Fluent UI and split chunks; tsconfig keeps CommonJS for Node.
            compilerOptions: { module: 'es2020', noEmit: false, sourceMap: !production },
          },
        },
      ],
    },
    // big.js and others reference Node built-ins only behind guards; the browser build needs none.
    node: false,
    devtool: production ? false : 'eval-cheap-module-source-map',
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    plugins: [
      ...pages.map(
        (name) => new HtmlWebpackPlugin({ filename: `${name}.html`, template: PAGES[name].template, chunks: [name], scriptLoading: 'defer' }),
      ),
      // Icons the manifest points at.
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The manifest's FunctionFile (commands.html) and SupportUrl (help.html): static pages, no bundle.
          ...(pages.includes('taskpane') ? [{ from: 'src/static-pages', to: '.' }] : []),
          // `--env url=…`: the manifest for where dist/ will be served (scripts/deploy-manifest.js).
          ...(pages.includes('taskpane') && env.url
            ? [{ from: 'manifest.xml', to: 'manifest.xml', transform: (content) => deployManifest(content.toString('utf8'), env.url) }]
            : []),
        ],
      }),
    ],
    devServer: {
      port: playgroundServer ? 3001 : 3000,
      host: 'localhost',
      server: playgroundServer ? 'http' : devServerTransport(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      open: playgroundServer ? ['/playground.html'] : false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
