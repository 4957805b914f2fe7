import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportJson } from '../../src/cli/report-json';
import { SAMPLES_DIR } from '../../scripts/build-samples';
import { COMMAND_NODE_FLAGS } from '../../bin/node-flags';
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
function spawnCommand(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin', 'perf-eval.js'), ...argv], { cwd: ROOT, encoding: 'utf8', env });
}

/**
 * A module every Node process of a run loads first (through NODE_OPTIONS): it writes, as each process
 * ends, its flags, its young generation's size and whether it ran the command's bundle.
 */
async function processProbe(): Promise<{ env: NodeJS.ProcessEnv; seen: () => Promise<ProbedProcess[]> }> {
  const probeDir = await fs.mkdtemp(path.join(dir, 'probe-'));
  const probe = path.join(probeDir, 'probe.js');
  await fs.writeFile(
    probe,
    `process.on('exit', () => {
      const newSpace = require('v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
      const ranBundle = Object.keys(require.cache).some((file) => file.endsWith('perf-eval.cjs'));
      require('fs').writeFileSync(${JSON.stringify(probeDir)} + '/' + process.pid + '.json', JSON.stringify({ execArgv: process.execArgv, newSpaceMb: newSpace.space_size / 1048576, ranBundle }));
    });\n`,
  );
  const seen = async () => {
    const files = (await fs.readdir(probeDir)).filter((file) => file.endsWith('.json'));
    return Promise.all(files.map(async (file) => JSON.parse(await fs.readFile(path.join(probeDir, file), 'utf8')) as ProbedProcess));
  };
  return { env: { ...process.env, NODE_OPTIONS: `--require ${probe}` }, seen };
}

interface ProbedProcess {
  execArgv: string[];
  newSpaceMb: number;
  ranBundle: boolean;
}

describe('bin/perf-eval.js, as npx runs it', () => {
  it('scores a sample in a real process and exits 0 with the JSON report', () => {
    const result = spawnCommand(['score', path.join(SAMPLES_DIR, 'seed-002.xlsx'), '-o', path.join(dir, 'spawned.xlsx'), '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as ReportJson;
    expect(json.total).toMatchObject({ score: 95.91, grade: '优' });
  });

  it('scores in a Node started with its young generation flags (node-flags.js), the process started without them only waiting', async () => {
    const probe = await processProbe();
    const result = spawnCommand(['score', path.join(SAMPLES_DIR, 'seed-000.xlsx'), '-o', path.join(dir, 'flags.xlsx'), '--json'], probe.env);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as ReportJson).total).toMatchObject({ score: 93, grade: '优' });

    const processes = await probe.seen();
    expect(processes).toHaveLength(2);
    const scoring = processes.filter((seen) => seen.ranBundle);
    expect(scoring).toHaveLength(1);
    expect(scoring[0].execArgv).toEqual(expect.arrayContaining([...COMMAND_NODE_FLAGS]));
    expect(scoring[0].newSpaceMb).toBe(64);
    const waiting = processes.find((seen) => !seen.ranBundle);
    expect(waiting?.execArgv).not.toEqual(expect.arrayContaining([...COMMAND_NODE_FLAGS]));
  });

  it('ends with the exit code and the one-line message of the process that scored', () => {
    const missing = path.join(dir, '不存在的自评表.xlsx');
    const result = spawnCommand(['score', missing, '-o', path.join(dir, 'never.xlsx')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('不存在的自评表.xlsx');
    expect(result.stderr.trimEnd()).not.toContain('\n');
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
