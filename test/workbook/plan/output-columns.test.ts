import { evaluate } from '../../../src/domain/evaluate';
import type { Warning } from '../../../src/domain/model';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import type { DetectedTable } from '../../../src/workbook/detect/detection-types';
import { planBudgetColumns, planIndicatorColumns } from '../../../src/workbook/plan/output-columns';
import type { OutputPlace } from '../../../src/workbook/plan/output-placement';
import { rowHints } from '../../../src/workbook/plan/row-hints';
import { readInput } from '../../../src/workbook/read/read-input';
import type { PlannedCell, WriteOp } from '../../../src/workbook/write-plan';
import { sheet, type CellInput } from '../helpers/grid-builder';
import { seed000BudgetRows } from '../helpers/seed-sheets';

/** how the results beside a table are set: bordered as its header, at the top of the row */
const RESULT = { border: true, vertical: 'top' };
/** how a 提示 cell is set: as the results, and wrapped */
const HINT = { border: true, vertical: 'top', wrap: true };

const bodyOf = (ops: WriteOp[]): PlannedCell[][] => {
  const body = ops.filter((op): op is Extract<WriteOp, { kind: 'setCells' }> => op.kind === 'setCells')[1];
  return body.cells;
};

function scored(indicatorRows: CellInput[][], budgetRows?: CellInput[][]) {
  const grids = [sheet('绩效指标', indicatorRows), ...(budgetRows ? [sheet('预算执行', budgetRows)] : [])];
  const detection = detectTables(grids);
  const read = readInput(grids, detection);
  const report = evaluate(read.input);
  const table = detection.indicators as DetectedTable<'indicators'>;
  const place: OutputPlace = { sheet: '绩效指标', headerRow: table.headerRow, left: table.right + 1, width: 4, columns: [1, 2, 3, 4].map((offset) => table.right + offset), lastRow: table.lastRow, clearToRow: table.lastRow, reused: false, takesFromRow: table.headerRow };
  return { report, read, place, detection };
}

describe('the indicator output columns', () => {
  const rows: CellInput[][] = [
    ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '偏差原因分析及改进措施'],
    ['产出', '培训人次', '≥200人次', '210人次', 20, ''],
    ['产出', '活动场次', '≥20场', '15场', 20, '受疫情影响'],
    ['产出', '对接案例', '/', '/', 10, ''],
    ['合计', '', '', '', 50, ''],
    ['效益', '满意度', '≥90%', '无法统计', 50, ''],
  ];

  it('gives 完成率 as a 0.0% number, 计算得分 as 0.00, 状态 in Chinese and 提示 from the row’s warnings', () => {
    const { report, read, place } = scored(rows);
    const body = bodyOf(planIndicatorColumns(place, report, read.budgetExecutionRows, rowHints(report.warnings)));
    expect(body[0]).toEqual([
      { kind: 'value', value: 1.05, numberFormat: '0.0%', style: RESULT },
      { kind: 'value', value: 20, numberFormat: '0.00', style: RESULT },
      { kind: 'text', value: '达标', style: RESULT },
      { kind: 'value', value: null, style: HINT },
    ]);
    expect(body[1][0]).toEqual({ kind: 'value', value: 0.75, numberFormat: '0.0%', style: RESULT });
    expect(body[1][1]).toEqual({ kind: 'value', value: 15, numberFormat: '0.00', style: RESULT });
    expect(body[1][2]).toEqual({ kind: 'text', value: '未达标', style: RESULT });
    expect(body[2][2]).toEqual({ kind: 'text', value: '不适用', style: RESULT });
    // the 合计 row: nothing to say, bordered as the rest of the block
    expect(body[3]).toEqual([0, 1, 2, 3].map(() => ({ kind: 'value', value: null, style: RESULT })));
    // the 提示 wraps in its column and starts at the top of the row, so a long warning is not cut off or spread over pages
    expect(body[4][3].style).toEqual(HINT);
    expect(body[4][2]).toEqual({ kind: 'text', value: '无法计分', style: RESULT });
    const rowWarnings = report.warnings.filter((w) => w.sheet === '绩效指标' && w.cell !== null && /\D6$/.test(w.cell));
    expect(rowWarnings.length).toBeGreaterThan(0);
    expect(body[4][3]).toEqual({ kind: 'text', style: HINT, value: rowWarnings.map((w) => w.message['zh-CN'].replace(/。$/, '')).filter((m, i, all) => all.indexOf(m) === i).join('；') });
  });

  it('writes around a column a person inserted among its own (G: 审核意见), never clearing or writing it', () => {
    const { report, read, place } = scored(rows);
    const apart: OutputPlace = { ...place, columns: [7, 8, 10, 11] };
    const ops = planIndicatorColumns(apart, report, read.budgetExecutionRows, rowHints(report.warnings));
    const touched = ops.flatMap((op) => {
      if (op.kind === 'clearRange') return [op.address];
      if (op.kind === 'setCells') return [`${op.left}+${op.cells[0].length}`];
      if (op.kind === 'columnWidth') return [`width ${op.column}`];
      return [];
    });
    expect(touched).toEqual(['G1:H6', '7+2', '7+2', 'J1:K6', '10+2', '10+2', 'width 7', 'width 8', 'width 10', 'width 11']);
    const whole = bodyOf(planIndicatorColumns(place, report, read.budgetExecutionRows, rowHints(report.warnings)));
    const bodies = ops.filter((op): op is Extract<WriteOp, { kind: 'setCells' }> => op.kind === 'setCells' && op.top === 2);
    expect(bodies.map((op) => op.cells[1])).toEqual([whole[1].slice(0, 2), whole[1].slice(2)]);
  });

  it('sets every result at the top of its row, bordered, where the row’s 提示 starts', () => {
    // a row made tall by its 提示 showed 完成率 / 计算得分 / 状态 at its bottom (no alignment, no border),
    // where on the printed page they read as the next row's; every body cell is now as its 提示 is set
    const { report, read, place } = scored(rows);
    const body = bodyOf(planIndicatorColumns(place, report, read.budgetExecutionRows, rowHints(report.warnings)));
    for (const row of body) {
      for (const cell of row) expect(cell.style).toMatchObject({ border: true, vertical: 'top' });
    }
  });

  it('marks its headers as computed and sizes its columns', () => {
    const { report, read, place } = scored(rows);
    const ops = planIndicatorColumns(place, report, read.budgetExecutionRows, rowHints(report.warnings));
    expect(ops[0]).toEqual({ kind: 'clearRange', sheet: '绩效指标', address: 'G1:J6' });
    const header = ops[1] as Extract<WriteOp, { kind: 'setCells' }>;
    expect(header.cells[0].map((cell) => [cell.kind, cell.value, cell.style?.bold, cell.style?.fill])).toEqual([
      ['text', '完成率', true, '#DDEBF7'],
      ['text', '计算得分', true, '#DDEBF7'],
      ['text', '状态', true, '#DDEBF7'],
      ['text', '提示', true, '#DDEBF7'],
    ]);
    expect(ops.filter((op) => op.kind === 'columnWidth')).toHaveLength(4);
  });

  it('writes a 提示 that starts with = + - or @ as text', () => {
    const { report, read, place } = scored(rows);
    const hintTexts = ['=HYPERLINK("http://x")', '+1', '-5%', '@admin'];
    const warnings: Warning[] = hintTexts.map((text, index) => ({
      code: 'VALUE_INTERPRETED',
      severity: 'info',
      sheet: '绩效指标',
      cell: `D${[2, 3, 4, 6][index]}`,
      message: { 'zh-CN': text, 'en-US': text },
      params: {},
    }));
    const body = bodyOf(planIndicatorColumns(place, report, read.budgetExecutionRows, rowHints(warnings)));
    expect([0, 1, 2, 4].map((index) => body[index][3])).toEqual(hintTexts.map((text) => ({ kind: 'text', value: text, style: HINT })));
  });

  it('writes the budget execution figures on a 预算执行率 row scored from the budget table', () => {
    const mof: CellInput[][] = [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['预算执行率', '', '100%', '95%', 10],
      ['产出', '培训人次', '≥200人次', '210人次', 90],
    ];
    const budget: CellInput[][] = [
      ['资金项目', '类别', '全年预算数', '全年执行数'],
      ['合计', '合计', 1291.73, 1288.38],
    ];
    const { report, read, place } = scored(mof, budget);
    expect(read.budgetExecutionRows[0].treatment).toBe('moved');
    const body = bodyOf(planIndicatorColumns(place, report, read.budgetExecutionRows, rowHints(report.warnings)));
    expect(body[0][0]).toEqual({ kind: 'value', value: report.budget?.executionRate, numberFormat: '0.0%', style: RESULT });
    expect(body[0][1]).toEqual({ kind: 'value', value: 9.97, numberFormat: '0.00', style: RESULT });
    expect(body[0][3]).toMatchObject({ kind: 'text', value: expect.stringMatching(/^按预算执行表计分/) });
  });
});

describe('the budget output columns', () => {
  it('gives each line’s 执行率 and 提示, and the score on the line that carries points', () => {
    const rows = seed000BudgetRows();
    rows[1][3] = 230;
    rows[1][5] = 10;
    const indicators: CellInput[][] = [['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'], ['产出', '培训人次', '≥200人次', '210人次', 90]];
    const grids = [sheet('绩效指标', indicators), sheet('预算执行', rows)];
    const detection = detectTables(grids);
    const report = evaluate(readInput(grids, detection).input);
    const table = detection.budget as DetectedTable<'budget'>;
    const place: OutputPlace = { sheet: '预算执行', headerRow: 1, left: table.right + 1, width: 3, columns: [1, 2, 3].map((offset) => table.right + offset), lastRow: table.lastRow, clearToRow: table.lastRow, reused: false, takesFromRow: table.headerRow };
    const body = bodyOf(planBudgetColumns(place, report, rowHints(report.warnings)));
    expect(body[0][0]).toMatchObject({ kind: 'value', numberFormat: '0.0%' });
    expect(body[0][0].value).toBeCloseTo(222.48 / 230, 12);
    expect(body[0][1]).toEqual({ kind: 'value', value: report.budget?.score, numberFormat: '0.00', style: RESULT });
    for (const row of body) for (const cell of row) expect(cell.style).toMatchObject(RESULT);
    expect(body[0][1].value).toBeGreaterThan(9);
    expect(body[4][2]).toMatchObject({ kind: 'text', value: expect.stringContaining('135.8%'), style: HINT });
  });
});
