/**
 * One production build of the pages (task pane and playground) for the browser tests, into a temporary
 * folder; `webpackArgs` are added to the command line (`--env only=taskpane`).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const PROJECT_ROOT = path.join(__dirname, '..', '..');

export function buildPages(webpackArgs: string[] = []): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-pages-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', outDir, ...webpackArgs], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
    timeout: 180_000,
  });
  return outDir;
}
