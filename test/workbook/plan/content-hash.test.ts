import fc from 'fast-check';
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

  it('stay what earlier versions stored, so a report written by them is not taken for an edited one', () => {
    expect(hashGridContent(sheet('评分结果', [['总分', 93], [], ['', 0.93]]))).toBe('2ae216e55f26cf84');
    expect(hashGridContent(sheet('自评报告', [['😀 报告 \u{FFFF}', true], ['x'.repeat(1000)]]))).toBe('a934a9edaa60e37f');
  });

  it('are FNV-1a 64 over the UTF-16 code units of each non-blank cell’s address and value', () => {
    const fnv1a64 = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.integer()), { minLength: 1, maxLength: 6 }), (values) => {
        const cells = values.map((value, i) => [`${String.fromCharCode(65 + i)}1`, typeof value === 'number' ? `n:${value}` : `s:${value.trim()}`]);
        const nonBlank = cells.filter((_, i) => typeof values[i] === 'number' || (values[i] as string).trim() !== '');
        const expected = fnv1a64(nonBlank.map(([address, text]) => `${address}\u0001${text}\u0002`).join(''));
        return hashGridContent(sheet('s', [values])) === expected;
      }),
      { numRuns: 200 },
    );
  });

  it('are the same for the planned cells and the sheet read back when writes overlap or come out of order', () => {
    const overlapping: WriteOp[] = [
      { kind: 'ensureSheet', sheet: '评分结果' },
      { kind: 'setCells', sheet: '评分结果', top: 3, left: 1, cells: [[{ kind: 'text', value: '第三行' }]] },
      { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[{ kind: 'text', value: '旧' }, { kind: 'value', value: 1 }], [{ kind: 'value', value: 2 }]] },
      { kind: 'setCells', sheet: '评分结果', top: 1, left: 2, cells: [[{ kind: 'value', value: null }, { kind: 'value', value: 3 }]] },
    ];
    const grid = applyPlan([], { ops: overlapping }).grids[0];
    expect(hashGridContent(grid)).toBe(hashPlannedContent(overlapping, '评分结果'));
    const outOfOrder = overlapping.slice(0, 3);
    expect(hashGridContent(applyPlan([], { ops: outOfOrder }).grids[0])).toBe(hashPlannedContent(outOfOrder, '评分结果'));
  });

  it('tell the number 93 from the text "93"', () => {
    expect(hashGridContent(sheet('s', [[93]]))).not.toBe(hashGridContent(sheet('s', [['93']])));
  });
});
