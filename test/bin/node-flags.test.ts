import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMAND_NODE_FLAGS, LARGE_INPUT_BYTES, restartArguments } from '../../bin/node-flags';

const INPUT = '/home/会计/2024年 自评表.xlsx';
const ARGS = ['score', INPUT, '-o', 'out put.xlsx', '--json'];
/** the input is `bytes` long; no other argument names a file */
const inputOf = (bytes: number) => (arg: string) => (arg === INPUT ? bytes : 0);

describe('the V8 flags the command runs a large workbook under', () => {
  it('gives the young generation a fixed 64 MB, which holds one evaluation of a large table', () => {
    expect(COMMAND_NODE_FLAGS).toEqual(['--min-semi-space-size=64', '--max-semi-space-size=64']);
  });

  it('starts a large input again with the flags first, then the running Node flags, the script and the user arguments as given', () => {
    expect(restartArguments(['--enable-source-maps'], '/app/bin/perf-eval.js', ARGS, inputOf(LARGE_INPUT_BYTES))).toEqual([
      '--min-semi-space-size=64',
      '--max-semi-space-size=64',
      '--enable-source-maps',
      '/app/bin/perf-eval.js',
      ...ARGS,
    ]);
  });

  it('runs an input below the threshold where it was started: the restart would cost more than it saves', () => {
    expect(restartArguments([], '/app/bin/perf-eval.js', ARGS, inputOf(LARGE_INPUT_BYTES - 1))).toBeNull();
    expect(restartArguments([], '/app/bin/perf-eval.js', ['template', '模板.xlsx'], () => 0)).toBeNull();
  });

  it('does not start again a process that has the flags, in whatever order and among others', () => {
    const execArgv = ['--enable-source-maps', '--max-semi-space-size=64', '--min-semi-space-size=64'];
    expect(restartArguments(execArgv, '/app/bin/perf-eval.js', ARGS, inputOf(10 * LARGE_INPUT_BYTES))).toBeNull();
  });

  it('starts again a process that has only one of them, or other sizes', () => {
    expect(restartArguments(['--max-semi-space-size=64'], 'perf-eval.js', ARGS, inputOf(LARGE_INPUT_BYTES))).not.toBeNull();
    expect(restartArguments(['--min-semi-space-size=16', '--max-semi-space-size=16'], 'perf-eval.js', ARGS, inputOf(LARGE_INPUT_BYTES))).not.toBeNull();
  });

  describe('reading the sizes from the disk', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'node-flags-'));
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('counts a file of the threshold size, whichever argument names it, and nothing else', async () => {
      const large = path.join(dir, '大.xlsx');
      const small = path.join(dir, '小.xlsx');
      await fs.writeFile(large, Buffer.alloc(LARGE_INPUT_BYTES));
      await fs.writeFile(small, Buffer.alloc(LARGE_INPUT_BYTES - 1));
      expect(restartArguments([], 'perf-eval.js', ['score', large])).not.toBeNull();
      expect(restartArguments([], 'perf-eval.js', ['score', '--json', large])).not.toBeNull();
      expect(restartArguments([], 'perf-eval.js', ['score', small, '-o', path.join(dir, 'missing.xlsx')])).toBeNull();
      // a folder, a missing file, an option
      expect(restartArguments([], 'perf-eval.js', ['score', dir, path.join(dir, 'none.xlsx'), '--force'])).toBeNull();
    });
  });
});
