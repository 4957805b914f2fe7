import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportJson } from '../../src/cli/report-json';
import { SAMPLES_DIR } from '../../scripts/build-samples';
import { runCli } from '../cli/cli-test-helpers';
import { zipEntries } from '../fixtures/zip-entries';

const ROOT = path.resolve(__dirname, '..', '..');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-bin-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** bin/perf-eval.js in a process of its own, as npx runs it (from its bundle, built first if out of date) */
function spawnCommand(argv: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin', 'perf-eval.js'), ...argv], { cwd: ROOT, encoding: 'utf8' });
}

describe('bin/perf-eval.js, as npx runs it', () => {
  it('scores a sample in a real process and exits 0 with the JSON report', () => {
    const result = spawnCommand(['score', path.join(SAMPLES_DIR, 'seed-002.xlsx'), '-o', path.join(dir, 'spawned.xlsx'), '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as ReportJson;
    expect(json.total).toMatchObject({ score: 95.91, grade: '优' });
  });

  it.each(['seed-000.xlsx', 'project-mof.xlsx'])('writes from its bundle the same scored %s as the sources do (ExcelJS patches included)', async (sample) => {
    const bundled = path.join(dir, `bundled-${sample}`);
    const fromSources = path.join(dir, `sources-${sample}`);
    expect(spawnCommand(['score', path.join(SAMPLES_DIR, sample), '-o', bundled]).status).toBe(0);
    expect((await runCli(['score', path.join(SAMPLES_DIR, sample), '-o', fromSources])).code).toBe(0);

    // the same parts with the same bytes, but for the time of writing in docProps/core.xml
    const parts = async (file: string) =>
      zipEntries(await fs.readFile(file))
        .filter((entry) => entry.name !== 'docProps/core.xml')
        .map((entry) => ({ name: entry.name, text: entry.data().toString('utf8') }));
    const bundledParts = await parts(bundled);
    expect(bundledParts.length).toBeGreaterThan(10);
    expect(bundledParts).toEqual(await parts(fromSources));
    // links to cells of the workbook are written as Excel writes them (exceljs-internal-links.ts)
    expect(bundledParts.map((part) => part.text).join('')).toMatch(/<hyperlink ref="[A-Z]+\d+" location="[^"#]+"\/>/);
  });
});
