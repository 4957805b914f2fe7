import { COMMAND_NODE_FLAGS, restartArguments } from '../../bin/node-flags';

describe('the V8 flags the command runs under', () => {
  it('gives the young generation a fixed 64 MB, which holds one evaluation of a large table', () => {
    expect(COMMAND_NODE_FLAGS).toEqual(['--min-semi-space-size=64', '--max-semi-space-size=64']);
  });

  it('starts the script again with the flags first, then the running Node flags, the script and the user arguments as given', () => {
    const args = ['score', '/home/会计/2024年 自评表.xlsx', '-o', 'out put.xlsx', '--json'];
    expect(restartArguments(['--enable-source-maps'], '/app/bin/perf-eval.js', args)).toEqual([
      '--min-semi-space-size=64',
      '--max-semi-space-size=64',
      '--enable-source-maps',
      '/app/bin/perf-eval.js',
      ...args,
    ]);
  });

  it('does not start again a process that has the flags, in whatever order and among others', () => {
    expect(restartArguments(['--enable-source-maps', '--max-semi-space-size=64', '--min-semi-space-size=64'], '/app/bin/perf-eval.js', ['score', 'a.xlsx'])).toBeNull();
  });

  it('starts again a process that has only one of them, or other sizes', () => {
    expect(restartArguments(['--max-semi-space-size=64'], 'perf-eval.js', [])).not.toBeNull();
    expect(restartArguments(['--min-semi-space-size=16', '--max-semi-space-size=16'], 'perf-eval.js', [])).not.toBeNull();
  });
});
