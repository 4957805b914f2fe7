/** One production build of the playground for the browser tests, into a temporary folder. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const PROJECT_ROOT = path.join(__dirname, '..', '..');

export function buildPlayground(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-playground-'));
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'only=playground', '--output-path', outDir],
    { cwd: PROJECT_ROOT, stdio: 'pipe', timeout: 180_000 },
  );
  return outDir;
}
