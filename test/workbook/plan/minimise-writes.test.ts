import { minimiseWrites } from '../../../src/workbook/plan/minimise-writes';
import type { PlannedCell, WriteOp } from '../../../src/workbook/write-plan';
import { sheet } from '../helpers/grid-builder';

const value = (v: number | string | null, numberFormat?: string): PlannedCell => ({ kind: typeof v === 'string' ? 'text' : 'value', value: v, numberFormat });

/** 绩效指标 with the add-in's output in C:D from an earlier run (C1:D3). */
const scored = () => sheet('绩效指标', [
  ['三级指标', '实际完成值', '计算得分', '状态'],
  ['培训人次', 210, 10, '达标'],
  ['就业率', 0.85, 8.5, '未达标'],
]);

const rewrite = (rows: Array<[number | null, string | null]>): WriteOp[] => [
  { kind: 'clearRange', sheet: '绩效指标', address: 'C1:D3' },
  { kind: 'setCells', sheet: '绩效指标', top: 1, left: 3, cells: [[value('计算得分'), value('状态')], ...rows.map(([score, status]) => [value(score), value(status)])] },
  { kind: 'columnWidth', sheet: '绩效指标', column: 3, width: 10 },
];

describe('minimiseWrites', () => {
  it('writes nothing, layout included, when the output already shows what the plan would write', () => {
    const plan = minimiseWrites({ ops: rewrite([[10, '达标'], [8.5, '未达标']]) }, [scored()]);
    expect(plan.ops).toEqual([]);
  });

  it('writes only the changed cells, as runs of adjacent cells, and keeps the sheet layout', () => {
    const plan = minimiseWrites({ ops: rewrite([[10, '达标'], [9, '达标']]) }, [scored()]);
    expect(plan.ops).toEqual([
      { kind: 'setCells', sheet: '绩效指标', top: 3, left: 3, cells: [[value(9), value('达标')]] },
      { kind: 'columnWidth', sheet: '绩效指标', column: 3, width: 10 },
    ]);
  });

  it('keeps the height of a row whose cells change, and drops that of a row that stays as it is', () => {
    const heights: WriteOp[] = [
      { kind: 'rowHeight', sheet: '绩效指标', row: 2, height: 30 },
      { kind: 'rowHeight', sheet: '绩效指标', row: 3, height: 45 },
    ];
    const plan = minimiseWrites({ ops: [...rewrite([[10, '达标'], [9, '达标']]), ...heights] }, [scored()]);
    expect(plan.ops.filter((op) => op.kind === 'rowHeight')).toEqual([heights[1]]);
    expect(minimiseWrites({ ops: [...rewrite([[10, '达标'], [8.5, '未达标']]), ...heights] }, [scored()]).ops).toEqual([]);
    // a sheet about to be created keeps every height
    const created: WriteOp[] = [{ kind: 'ensureSheet', sheet: '评分结果' }, { kind: 'rowHeight', sheet: '评分结果', row: 5, height: 30 }];
    expect(minimiseWrites({ ops: created }, [scored()]).ops).toEqual(created);
  });

    it('clears only the cells that end up blank and are not blank already', () => {
    const blanked = minimiseWrites({ ops: rewrite([[10, '达标'], [null, null]]) }, [scored()]);
    expect(blanked.ops.filter((op) => op.kind !== 'columnWidth')).toEqual([
      { kind: 'setCells', sheet: '绩效指标', top: 3, left: 3, cells: [[value(null), value(null)]] },
    ]);
    const shrunk = minimiseWrites(
      { ops: [{ kind: 'clearRange', sheet: '绩效指标', address: 'C1:D3' }, { kind: 'setCells', sheet: '绩效指标', top: 1, left: 3, cells: [[value('计算得分'), value('状态')], [value(10), value('达标')]] }] },
      [scored()],
    );
    expect(shrunk.ops).toEqual([{ kind: 'clearRange', sheet: '绩效指标', address: 'C3:D3' }]);
  });

  describe("评分结果's warning rows, whose links are not read back", () => {
    // the list from an earlier run: message, 级别, 工作表, 单元格 (linked), 代码
    const listed = () => sheet('评分结果', [
      ['说明', '级别', '工作表', '单元格', '代码'],
      ['执行率超过100%', '警告', '预算执行', 'E6', 'EXECUTION_OVER_100'],
      ['未填写实际完成值', '错误', '绩效指标', 'E3', 'ACTUAL_MISSING'],
    ]);
    const link = (sheetName: string, address: string): PlannedCell => ({ kind: 'text', value: address, link: { sheet: sheetName, address } });
    const rows = (first: [string, string], second: [string, string]): WriteOp[] => [
      { kind: 'clearRange', sheet: '评分结果', address: 'A1:E3' },
      {
        kind: 'setCells',
        sheet: '评分结果',
        top: 1,
        left: 1,
        replacesLinks: true,
        cells: [
          ['说明', '级别', '工作表', '单元格', '代码'].map((text) => value(text)),
          [value('执行率超过100%'), value('警告'), value(first[0]), link(first[0], first[1]), value('EXECUTION_OVER_100')],
          [value('未填写实际完成值'), value('错误'), value(second[0]), link(second[0], second[1]), value('ACTUAL_MISSING')],
        ],
      },
    ];

    it('writes a link again with its row when the row changed, though its text did not: the sheet it names was renamed', () => {
      const plan = minimiseWrites({ ops: rows(['2019预算执行', 'E6'], ['绩效指标', 'E3']) }, [listed()]);
      expect(plan.ops).toEqual([
        { kind: 'setCells', sheet: '评分结果', top: 2, left: 3, cells: [[value('2019预算执行'), link('2019预算执行', 'E6')]], replacesLinks: true },
      ]);
    });

    it('leaves a row alone, link included, when nothing in it changed', () => {
      expect(minimiseWrites({ ops: rows(['预算执行', 'E6'], ['绩效指标', 'E3']) }, [listed()]).ops).toEqual([]);
    });
  });

  it('rewrites a cell whose number format changed, and treats General as no format', () => {
    const grid = sheet('结果', [[{ value: 0.5, format: '0%' }, 'x']]);
    const ops: WriteOp[] = [
      { kind: 'clearRange', sheet: '结果', address: 'A1:B1' },
      { kind: 'setCells', sheet: '结果', top: 1, left: 1, cells: [[value(0.5, '0.0%'), value('x', 'General')]] },
    ];
    expect(minimiseWrites({ ops }, [grid]).ops).toEqual([{ kind: 'setCells', sheet: '结果', top: 1, left: 1, cells: [[value(0.5, '0.0%')]] }]);
  });

  it('writes a first-time block whole, styles of blank cells included, and every write to a new sheet', () => {
    const blockBesideTable: WriteOp = { kind: 'setCells', sheet: '绩效指标', top: 1, left: 5, cells: [[value('提示')], [{ kind: 'text', value: null, style: { wrap: true } }]] };
    const newSheet: WriteOp[] = [
      { kind: 'ensureSheet', sheet: '评分结果' },
      { kind: 'clearRange', sheet: '评分结果', address: 'A1:B2' },
      { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[value('总分'), value(93)]] },
    ];
    const plan = minimiseWrites({ ops: [{ kind: 'clearRange', sheet: '绩效指标', address: 'E1:E3' }, blockBesideTable, ...newSheet] }, [scored()]);
    expect(plan.ops).toEqual([blockBesideTable, ...newSheet]);
  });

  it('always writes the add-in’s own formulas (their value depends on other cells)', () => {
    const grid = sheet('结果', [[3]]);
    const formula: PlannedCell = { kind: 'formula', value: '=1+2', result: 3 };
    const ops: WriteOp[] = [
      { kind: 'clearRange', sheet: '结果', address: 'A1' },
      { kind: 'setCells', sheet: '结果', top: 1, left: 1, cells: [[formula]] },
    ];
    expect(minimiseWrites({ ops }, [grid]).ops).toEqual([ops[1]]);
  });

  it('handles a sheet of 260,000 rows with every other row changed', () => {
    const rows = 260_000;
    const values = Array.from({ length: rows }, (_, r) => [r === 0 ? '计算得分' : r]);
    const grid = { name: '绩效指标', top: 1, left: 1, values, numberFormats: values.map(() => ['General']) };
    const cells = values.map(([v], r) => [value(r % 2 === 1 ? -r : v)]);
    const plan = minimiseWrites({ ops: [{ kind: 'clearRange', sheet: '绩效指标', address: `A1:A${rows}` }, { kind: 'setCells', sheet: '绩效指标', top: 1, left: 1, cells }] }, [grid]);
    expect(plan.ops).toHaveLength(rows / 2);
    expect(plan.ops[0]).toEqual({ kind: 'setCells', sheet: '绩效指标', top: 2, left: 1, cells: [[value(-1)]] });
  });

  describe('on a sheet the plan merges cells in (the 自评报告)', () => {
    /** a report of a title merged over A1:C1, a paragraph merged over A2:C2 and a table row 3 */
    const report = (merges?: Array<{ top: number; left: number; bottom: number; right: number }>) => {
      const grid = sheet('自评报告', [['标题'], ['第一段'], ['指标', 10, 9]]);
      if (merges) grid.merges = merges;
      return grid;
    };
    const merged = [
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 1, bottom: 2, right: 3 },
    ];
    const rewriteReport = (paragraphs: string[]): WriteOp[] => [
      { kind: 'clearRange', sheet: '自评报告', address: 'A1:C9' },
      { kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: [[value('标题')], ...paragraphs.map((p) => [value(p)]), [value('指标'), value(10), value(9)]] },
      ...[1, ...paragraphs.map((_, i) => i + 2)].map((row): WriteOp => ({ kind: 'merge', sheet: '自评报告', address: `A${row}:C${row}` })),
    ];

    it('writes only what changed when its merged areas stay where they were', () => {
      const plan = minimiseWrites({ ops: rewriteReport(['第一段（改）']) }, [report(merged)]);
      expect(plan.ops.filter((op) => op.kind === 'clearRange')).toEqual([]);
      expect(plan.ops.filter((op) => op.kind === 'setCells')).toEqual([{ kind: 'setCells', sheet: '自评报告', top: 2, left: 1, cells: [[value('第一段（改）')]] }]);
    });

    it('keeps the whole clear when a paragraph more moves the table into a row merged before', () => {
      const ops = rewriteReport(['第一段', '第二段']);
      // the table's 10 and 9 now go to B4:C4, and row 3 becomes a merged paragraph: Excel would refuse
      // writing B3 while A3:C3 … and the old A2:C2 merge must be undone by the clear
      expect(minimiseWrites({ ops }, [report(merged)]).ops).toEqual(ops);
    });

    it('keeps the whole clear where the host cannot tell the merges (Office below ExcelApi 1.13)', () => {
      const ops = rewriteReport(['第一段（改）']);
      expect(minimiseWrites({ ops }, [report(undefined)]).ops).toEqual(ops);
    });
  });
});
