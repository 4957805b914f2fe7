import { evaluateTable, warningsOf, type Row } from './evaluate-table';

const met = (task: string | null, level3: string): Row => ({ task, level3, target: '≥10', actual: 10 });
const duplicatesOf = (rows: Row[]) =>
  warningsOf(evaluateTable(rows, { layout: { withTask: true } }), 'DUPLICATE_INDICATOR').map((warning) => ({
    cell: warning.cell,
    firstRow: warning.params.firstRow,
    task: warning.params.task,
  }));

// In these tables the header is row 1 and the first indicator row 2; column D holds the 三级指标 (A is 任务).
describe('structure checks: the same indicator twice in one task', () => {
  it('flags the second and every later row, each naming the first', () => {
    expect(duplicatesOf([met('任务一', '培训场次'), met('任务一', '覆盖人数'), met('任务一', '培训场次'), met('任务一', '培训场次')])).toEqual([
      { cell: 'D4', firstRow: 2, task: '任务一' },
      { cell: 'D5', firstRow: 2, task: '任务一' },
    ]);
  });

  it('finds the first row across another task in between (任务一, 任务二, 任务一 again)', () => {
    expect(duplicatesOf([met('任务一', '覆盖人数'), met('任务一', '培训场次'), met('任务二', '培训场次'), met('任务一', '培训场次')])).toEqual([
      { cell: 'D5', firstRow: 3, task: '任务一' },
    ]);
  });

  it('reads names as trimmed, so a stray space does not hide a duplicate', () => {
    expect(duplicatesOf([met('任务一', '培训场次'), met('任务一', ' 培训场次　')])).toEqual([{ cell: 'D3', firstRow: 2, task: '任务一' }]);
  });

  it('takes rows without a task as one task, and leaves unnamed rows alone', () => {
    expect(duplicatesOf([met(null, '培训场次'), met(null, ''), met(null, ''), met('任务一', '培训场次'), met(null, '培训场次')])).toEqual([
      { cell: 'D6', firstRow: 2, task: '' },
    ]);
  });

  it('does not flag the same name in different tasks', () => {
    expect(duplicatesOf([met('任务一', '培训场次'), met('任务二', '培训场次'), met('任务三', '培训场次')])).toEqual([]);
  });

  it('names each first row in a long table where many names repeat, tasks interleaved', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 3000; i++) rows.push(met(`任务${i % 3}`, `指标${Math.floor(i / 6)}`));
    const found = duplicatesOf(rows);
    // each task meets each name twice (rows 6k+t and 6k+t+3 of the table): the second names the first
    expect(found).toHaveLength(1500);
    for (const { cell, firstRow } of found) expect(Number(cell?.slice(1))).toBe(Number(firstRow) + 3);
  });
});
