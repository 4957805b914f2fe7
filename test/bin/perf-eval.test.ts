import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ReportJson } from '../../src/cli/report-json';
import { SAMPLES_DIR } from '../../scripts/build-samples';
import { COMMAND_NODE_FLAGS, LARGE_INPUT_BYTES } from '../../bin/node-flags';
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
 * starts, its flags (PID.started), and as it ends, its flags, its young generation's size and whether
 * it ran the command's bundle (PID.json).
 */
async function processProbe(): Promise<{ env: NodeJS.ProcessEnv; seen: () => Promise<ProbedProcess[]>; startedWithFlags: () => Promise<number[]> }> {
  const probeDir = await fs.mkdtemp(path.join(dir, 'probe-'));
  const probe = path.join(probeDir, 'probe.js');
  await fs.writeFile(
    probe,
    `require('fs').writeFileSync(${JSON.stringify(probeDir)} + '/' + process.pid + '.started', process.execArgv.join(' '));
    process.on('exit', () => {
      const newSpace = require('v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
      const ranBundle = Object.keys(require.cache).some((file) => file.endsWith('perf-eval.cjs'));
      require('fs').writeFileSync(${JSON.stringify(probeDir)} + '/' + process.pid + '.json', JSON.stringify({ execArgv: process.execArgv, newSpaceMb: newSpace.space_size / 1048576, ranBundle }));
    });\n`,
  );
  const seen = async () => {
    const files = (await fs.readdir(probeDir)).filter((file) => file.endsWith('.json'));
    return Promise.all(files.map(async (file) => JSON.parse(await fs.readFile(path.join(probeDir, file), 'utf8')) as ProbedProcess));
  };
  /** the process ids of those started with the command's flags */
  const startedWithFlags = async () => {
    const files = (await fs.readdir(probeDir)).filter((file) => file.endsWith('.started'));
    const flagged = await Promise.all(files.map(async (file) => ((await fs.readFile(path.join(probeDir, file), 'utf8')).includes(COMMAND_NODE_FLAGS[0]) ? [Number.parseInt(file, 10)] : [])));
    return flagged.flat();
  };
  return { env: { ...process.env, NODE_OPTIONS: `--require ${probe}` }, seen, startedWithFlags };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(condition: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * seed-000.xlsx with a sheet of notes added (random text, which does not compress) until the file is
 * over LARGE_INPUT_BYTES: it scores as seed-000 does, and quickly.
 */
let largeSeed000File: string | undefined;
async function largeSeed000(): Promise<string> {
  if (largeSeed000File) return largeSeed000File;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(SAMPLES_DIR, 'seed-000.xlsx'));
  const notes = workbook.addWorksheet('附注');
  for (let row = 1; row <= 7_000; row++) notes.addRow([randomBytes(300).toString('base64')]);
  const file = path.join(dir, '大型自评表.xlsx');
  await workbook.xlsx.writeFile(file);
  expect((await fs.stat(file)).size).toBeGreaterThan(LARGE_INPUT_BYTES);
  return (largeSeed000File = file);
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

  it('scores a large workbook in a Node started with its young generation flags (node-flags.js), the first process only waiting', async () => {
    const large = await largeSeed000();
    const probe = await processProbe();
    const result = spawnCommand(['score', large, '-o', path.join(dir, 'large-scored.xlsx'), '--json'], probe.env);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as ReportJson).total).toMatchObject({ score: 93, grade: '优' });

    const processes = await probe.seen();
    expect(processes).toHaveLength(2);
    const [scoring, waiting] = [processes.filter((seen) => seen.ranBundle), processes.filter((seen) => !seen.ranBundle)];
    expect(scoring).toHaveLength(1);
    expect(scoring[0].execArgv).toEqual(expect.arrayContaining([...COMMAND_NODE_FLAGS]));
    expect(scoring[0].newSpaceMb).toBeGreaterThanOrEqual(64);
    expect(waiting[0].execArgv).toEqual([]);
  });

  it('scores a workbook of usual size in the process it was started in, with V8 defaults', async () => {
    const probe = await processProbe();
    const result = spawnCommand(['score', path.join(SAMPLES_DIR, 'seed-000.xlsx'), '-o', path.join(dir, 'usual.xlsx'), '--json'], probe.env);
    expect(result.status).toBe(0);
    const processes = await probe.seen();
    expect(processes).toHaveLength(1);
    expect(processes[0]).toMatchObject({ execArgv: [], ranBundle: true });
    expect(processes[0].newSpaceMb).toBeLessThan(64);
  });

  it('stops the process it started when it is stopped, and ends by the same signal', async () => {
    const large = await largeSeed000();
    const probe = await processProbe();
    const command = spawn(process.execPath, [path.join(ROOT, 'bin', 'perf-eval.js'), 'score', large, '-o', path.join(dir, 'stopped.xlsx')], { cwd: ROOT, env: probe.env, stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => command.on('exit', (code, signal) => resolve({ code, signal })));
    const [worker] = await waitFor(async () => {
      const started = await probe.startedWithFlags();
      return started.length > 0 ? started : undefined;
    }, 'the process with the flags');
    command.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    await waitFor(async () => (isRunning(worker) ? undefined : true), 'the started process to end', 5_000);
    // stopped before it wrote: no scored copy, whole or partial
    expect((await fs.readdir(dir)).filter((name) => name.includes('stopped.xlsx'))).toEqual([]);
  });

  /**
   * A module loaded first (NODE_OPTIONS) that makes writing an output as slow as on a network folder:
   * a file written whole (writeWholeFile's hidden .partial file) gets its first half, then waits.
   */
  async function slowDisk(): Promise<NodeJS.ProcessEnv> {
    const preload = path.join(dir, 'slow-disk.js');
    await fs.writeFile(
      preload,
      `const fs = require('fs').promises;
      const write = fs.writeFile;
      fs.writeFile = async function (file, data, options) {
        if (!String(file).endsWith('.partial')) return write.apply(this, arguments);
        const handle = await fs.open(file, 'wx');
        await handle.write(data.subarray(0, data.length >> 1));
        await new Promise((resolve) => setTimeout(resolve, 30000));
        await handle.write(data.subarray(data.length >> 1));
        await handle.close();
      };\n`,
    );
    return { ...process.env, NODE_OPTIONS: `--require ${preload}` };
  }

  it.each([
    ['a workbook of usual size', async () => path.join(SAMPLES_DIR, 'seed-000.xlsx')],
    ['a large workbook, scored in the Node it started', largeSeed000],
  ])('stopped by Ctrl+C while it writes the output, %s, leaves no half-written file behind', async (_, input) => {
    const folder = await fs.mkdtemp(path.join(dir, 'stopped-writing-'));
    const command = spawn(process.execPath, [path.join(ROOT, 'bin', 'perf-eval.js'), 'score', await input(), '-o', path.join(folder, '评分后.xlsx')], {
      cwd: ROOT,
      env: await slowDisk(),
      stdio: 'ignore',
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => command.on('exit', (code, signal) => resolve({ code, signal })));
    // half of the scored copy is on disk, under its hidden name
    await waitFor(async () => {
      const names = await fs.readdir(folder);
      const partial = names.find((name) => name.endsWith('.partial'));
      return partial && (await fs.stat(path.join(folder, partial))).size > 0 ? partial : undefined;
    }, 'the output to be half written');
    command.kill('SIGINT');
    expect(await ended).toEqual({ code: null, signal: 'SIGINT' });
    await waitFor(async () => ((await fs.readdir(folder)).length === 0 ? true : undefined), 'the folder to be left empty', 5_000);
  });

  it('ends with the exit code and the one-line message of the process it started', async () => {
    const large = await largeSeed000();
    const before = await fs.readFile(large);
    // the scored copy may not replace the workbook it is scored from
    const result = spawnCommand(['score', large, '-o', large]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/\S/);
    expect(result.stderr.trimEnd()).not.toContain('\n');
    expect((await fs.readFile(large)).equals(before)).toBe(true);
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
