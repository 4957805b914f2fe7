import { hashGridContent, hashPlannedContent } from '../../../src/workbook/plan/content-hash';
import type { WriteOp } from '../../../src/workbook/write-plan';
import { sheet } from '../helpers/grid-builder';
import { applyPlan } from '../helpers/plan-applier';

describe('content hashes', () => {
  const ops: WriteOp[] = [
    { kind: 'ensureSheet', sheet: '评分结果' },
    { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[{ kind: 'text', value: '总分' }, { kind: 'value', value: 93 }]] },
    { kind: 'setCells', sheet: '评分结果', top: 3, left: 2, cells: [[{ kind: 'formula', value: '=B1/100', result: 0.93 }, { kind: 'value', value: null }]] },
  ];

  it('are the same for the planned cells and for the sheet read back', () => {
    const grid = applyPlan([], { ops }).grids[0];
    expect(hashGridContent(grid)).toBe(hashPlannedContent(ops, '评分结果'));
    expect(hashGridContent(grid)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('change when a person edits a value, and not with where the used range starts', () => {
    const original = sheet('评分结果', [['总分', 93], [], ['', 0.93]]);
    expect(hashGridContent(original)).toBe(hashPlannedContent(ops, '评分结果'));
    expect(hashGridContent(sheet('评分结果', [['总分', 95], [], ['', 0.93]]))).not.toBe(hashGridContent(original));
    expect(hashGridContent(sheet('评分结果', [[93], [], [0.93]], { left: 2 }))).not.toBe(hashGridContent(original));
    expect(hashGridContent(sheet('评分结果', [['', 0.93]], { top: 3 }))).toBe(hashGridContent(sheet('评分结果', [[], [], ['', 0.93]])));
  });

  it('tell the number 93 from the text "93"', () => {
    expect(hashGridContent(sheet('s', [[93]]))).not.toBe(hashGridContent(sheet('s', [['93']])));
  });
});
