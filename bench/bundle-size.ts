/**
 * Size of the JavaScript the task pane loads at start-up, gzip-compressed, from the production build
 * in dist/ (build it first: npm run build). office.js comes from Microsoft's CDN and
 * is not counted. Budget: 250 KB gzip.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { BenchResult } from './bench-result';

export const STARTUP_BUDGET_BYTES = 250 * 1024;

export interface BundleSizeResult extends BenchResult {
  /** gzip bytes of the scripts taskpane.html loads */
  startupGzipBytes: number;
  budgetBytes: number;
  startupFiles: Array<{ file: string; rawBytes: number; gzipBytes: number }>;
  /** chunks loaded later (settings panel, Word builder …), gzip bytes each */
  lazyFiles: Array<{ file: string; gzipBytes: number }>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function measureBundle(distDir: string, page = 'taskpane.html'): BundleSizeResult {
  const html = fs.readFileSync(path.join(distDir, page), 'utf8');
  // a minified page may drop the quotes: <script defer src=taskpane.1a2b.js>
  const startupNames = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
  const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length;
  const startupFiles = startupNames.map((file) => ({ file, rawBytes: fs.statSync(path.join(distDir, file)).size, gzipBytes: gzipSize(file) }));
  const entryBundles = new Set(fs.readdirSync(distDir).filter((file) => /^(taskpane|playground)\.[\w]+\.js$|^(taskpane|playground)\.js$/.test(file)));
  const lazyFiles = fs
    .readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && !startupNames.includes(file) && !entryBundles.has(file))
    .map((file) => ({ file, gzipBytes: gzipSize(file) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const startupGzipBytes = startupFiles.reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    name: 'task pane start-up JS (gzip)',
    headline: `start-up JS ${kb(startupGzipBytes)} gzip (budget ${kb(STARTUP_BUDGET_BYTES)})`,
    startupGzipBytes,
    budgetBytes: STARTUP_BUDGET_BYTES,
    withinBudget: startupGzipBytes <= STARTUP_BUDGET_BYTES,
    startupFiles,
    lazyFiles,
  };
}

export async function run(distDir = path.join(__dirname, '..', 'dist')): Promise<BundleSizeResult> {
  if (!fs.existsSync(path.join(distDir, 'taskpane.html'))) {
    throw new Error(`No production build in ${distDir}: run "npm run build" first.`);
  }
  const result = measureBundle(distDir);
  console.log(`Task pane start-up JavaScript: ${kb(result.startupGzipBytes)} gzip (budget ${kb(result.budgetBytes)})${result.withinBudget ? '' : ' — OVER BUDGET'}`);
  for (const file of result.startupFiles) console.log(`  ${file.file}: ${kb(file.rawBytes)} raw, ${kb(file.gzipBytes)} gzip`);
  for (const file of result.lazyFiles) console.log(`  (loaded later) ${file.file}: ${kb(file.gzipBytes)} gzip`);
  return result;
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
