import { evaluate } from '../../../src/domain/evaluate';
import type { EvaluationReport } from '../../../src/domain/model';
import { textAt, valueAt } from '../../../src/workbook/cells/grid-cells';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import type { SheetGrid } from '../../../src/workbook/grid';
import { hashPlannedContent } from '../../../src/workbook/plan/content-hash';
import { scoreFormatOf } from '../../../src/workbook/plan/planned-cells';
import { planResultSheet, resultSheetTitle } from '../../../src/workbook/plan/result-sheet';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet, type CellInput } from '../helpers/grid-builder';
import { applyPlan } from '../helpers/plan-applier';
import { seed000BasicInfoRows, seed000BudgetRows, seed000IndicatorRows, seed002BudgetRows } from '../helpers/seed-sheets';

function reportOf(grids: SheetGrid[]): EvaluationReport {
  return evaluate(readInput(grids, detectTables(grids)).input);
}

const seed000 = () => reportOf([sheet('基本信息', seed000BasicInfoRows()), sheet('预算执行', seed000BudgetRows()), sheet('绩效指标', seed000IndicatorRows())]);

/** the sheet's rows as text, the way a reader sees them */
function rowsOf(grid: SheetGrid): Array<Array<string | number | boolean | null>> {
  return grid.values.map((row) => row.map((value) => (typeof value === 'object' && value !== null ? value.error : value)));
}

function findRow(grid: SheetGrid, first: string): Array<string | number | boolean | null> {
  const row = rowsOf(grid).find((values) => values[0] === first);
  if (!row) throw new Error(`no row ${first}`);
  return row;
}

describe('the 评分结果 sheet for seed 000', () => {
  const report = seed000();
  const plan = planResultSheet(report, report.warnings, null, null);
  const applied = applyPlan([], { ops: plan.ops });
  const grid = applied.grids.find((g) => g.name === '评分结果')!;

  it('is titled with the unit and the year', () => {
    expect(resultSheetTitle(report)).toBe('武汉市新洲区工商业联合会2019年度绩效自评评分结果');
    expect(textAt(grid, 1, 1)).toBe(resultSheetTitle(report));
    expect(applied.merges).toContainEqual({ sheet: '评分结果', address: 'A1:G1' });
  });

  it('gives the total, 满分, 得分比 and 综合评价', () => {
    expect(rowsOf(grid)[3].slice(0, 4)).toEqual(['总分', '满分', '得分比', '综合评价']);
    expect(rowsOf(grid)[4].slice(0, 4)).toEqual([93, 100, 0.93, '优']);
  });

  it('has the table by level 1 of the seed: 产出 80 / 74 / 93% / 优, 效果 20 / 19 / 95% / 优, 综合绩效 100 / 93 / 93% / 优', () => {
    expect(findRow(grid, '产出').slice(0, 5)).toEqual(['产出', 80, 74, 0.925, '优']);
    expect(findRow(grid, '效果').slice(0, 5)).toEqual(['效果', 20, 19, 0.95, '优']);
    expect(findRow(grid, '综合绩效').slice(0, 5)).toEqual(['综合绩效', 100, 93, 0.93, '优']);
    const ratioRow = rowsOf(grid).findIndex((row) => row[0] === '产出') + 1;
    expect(applied.planned('评分结果', `D${ratioRow}`)?.numberFormat).toBe('0%');
    expect(applied.planned('评分结果', `C${ratioRow}`)?.numberFormat).toBe('0');
  });

  it('shows its scores as the 自评报告 and the .docx print them: 93 and 74, not 93.00 and 74.00', () => {
    expect(applied.planned('评分结果', 'A5')).toMatchObject({ value: 93, numberFormat: '0' });
    const totalRow = rowsOf(grid).findIndex((row) => row[0] === '综合绩效') + 1;
    expect(applied.planned('评分结果', `C${totalRow}`)).toMatchObject({ value: 93, numberFormat: '0' });
  });

  it('says in words that the budget carries no points, rather than a row reading 分值 0 / 得分 0', () => {
    const section = rowsOf(grid).findIndex((row) => row[0] === '预算执行');
    expect(rowsOf(grid)[section + 1][0]).toBe('本次评分未设预算执行分值，总分不含预算执行得分（执行数 222.48 万元）。');
    expect(rowsOf(grid).some((row) => row[0] === '全年预算数（万元）')).toBe(false);
  });

  it('lists every warning: its message first, then its level, sheet, a link to its cell and its code', () => {
    const header = rowsOf(grid).findIndex((row) => row[0] === '说明');
    expect(rowsOf(grid)[header].slice(0, 5)).toEqual(['说明', '级别', '工作表', '单元格', '代码']);
    const listed = rowsOf(grid).slice(header + 1);
    expect(listed).toHaveLength(report.warnings.length);
    const overspent = listed.findIndex((row) => row[4] === 'EXECUTION_OVER_100');
    expect(String(listed[overspent][0])).toContain('135.8%');
    expect(listed[overspent].slice(1, 5)).toEqual(['警告', '预算执行', 'E6', 'EXECUTION_OVER_100']);
    const cell = applied.planned('评分结果', `D${header + 2 + overspent}`);
    expect(cell).toMatchObject({ kind: 'text', value: 'E6', link: { sheet: '预算执行', address: 'E6' } });
  });

  it('gives a warning whose message wraps the rows it needs, and leaves one-line rows alone', () => {
    const header = rowsOf(grid).findIndex((row) => row[0] === '说明');
    const heights = new Map(plan.ops.flatMap((op) => (op.kind === 'rowHeight' ? [[op.row, op.height] as const] : [])));
    const listed = rowsOf(grid).slice(header + 1);
    listed.forEach((row, i) => {
      const sheetRow = header + 2 + i;
      // 59 widths a line of column A, a Chinese character two
      const lines = Math.ceil([...String(row[0])].reduce((width, c) => width + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) / 59);
      if (lines > 1) expect(heights.get(sheetRow)).toBeGreaterThanOrEqual(lines * 14);
      else expect(heights.has(sheetRow)).toBe(false);
    });
    expect(heights.size).toBeGreaterThan(0);
  });

  it('gives the 工作表 column room for the longest sheet name a warning names, so that none is cut', () => {
    const widthOfSheetColumn = (ops: typeof plan.ops) => ops.flatMap((op) => (op.kind === 'columnWidth' && op.column === 3 ? [op.width] : []))[0];
    // 预算执行 and 绩效指标 fit the usual width
    expect(widthOfSheetColumn(plan.ops)).toBe(12);
    const onSheet = (sheetName: string) => report.warnings.map((warning) => ({ code: warning.code, severity: warning.severity, sheet: sheetName, cell: warning.cell, message: warning.message }));
    // nine Chinese characters take 18 widths, and the cell's padding 2
    expect(widthOfSheetColumn(planResultSheet(report, onSheet('项目支出绩效自评表'), null, null).ops)).toBe(20);
    // Excel's longest sheet name, 31 Chinese characters, still fits
    expect(widthOfSheetColumn(planResultSheet(report, onSheet('项'.repeat(31)), null, null).ops)).toBe(64);
  });

  it('hashes what it writes the same way as the sheet read back', () => {
    expect(plan.hash).toBe(hashPlannedContent(plan.ops, '评分结果'));
    const again = planResultSheet(report, report.warnings, grid, plan.hash);
    expect(again.problems).toEqual([]);
    expect(again.ops).toEqual(plan.ops);
  });

  it('plans the same ops again when the host reads the merged title as part of the used range', () => {
    const widened: SheetGrid = {
      ...grid,
      values: grid.values.map((row) => [...row, null, null]),
      numberFormats: grid.numberFormats.map((row) => [...row, 'General', 'General']),
    };
    expect(planResultSheet(report, report.warnings, widened, plan.hash).ops).toEqual(plan.ops);
  });
});

describe('the 评分结果 sheet’s 预算执行 block', () => {
  const indicators: CellInput[][] = [
    ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
    ['产出指标', '培训场次', '≥10', 10, 90],
  ];
  const budgetBlock = (budget: CellInput[][]) => {
    const report = reportOf([sheet('预算执行', budget), sheet('绩效指标', indicators)]);
    const rows = rowsOf(applyPlan([], { ops: planResultSheet(report, report.warnings, null, null).ops }).grids[0]);
    const section = rows.findIndex((row) => row[0] === '预算执行');
    return { report, rows: rows.slice(section + 1, rows.findIndex((row, index) => index > section && row.every((value) => value === null))) };
  };

  it('gives the budget, execution, rate, points and score when the budget line is scored', () => {
    const { report, rows } = budgetBlock(seed002BudgetRows());
    expect(rows[0].slice(0, 5)).toEqual(['全年预算数（万元）', '执行数（万元）', '执行率', '分值', '得分']);
    expect(rows[1].slice(0, 5)).toEqual([1291.73, 1288.38, report.budget!.executionRate, 10, report.budget!.score]);
  });

  it('says so in words when the budget line has points but no 全年预算数 to rest a rate on', () => {
    const { report, rows } = budgetBlock([seed002BudgetRows()[0], ['合计', '合计', '', '', 1288.38, 10, '', '']]);
    expect(report.budget).toMatchObject({ points: 10, adjusted: null, initial: null });
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toMatch(/^预算执行表未填全年预算数，无法计算执行率（执行数 1,288.38 万元）；预算执行分值 10，得分 \d/);
  });
});

describe('the 评分结果 sheet’s score formats', () => {
  it('give each score the decimals of the narrative (up to two, no trailing zeros), keeping the exact value', () => {
    const report = reportOf([
      sheet('预算执行', seed002BudgetRows()),
      sheet('绩效指标', [
        ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
        ['产出指标', '培训场次', '≥10', 10, 40],
        ['效益指标', '培训人数', '≥100', 81, 50],
      ]),
    ]);
    const applied = applyPlan([], { ops: planResultSheet(report, report.warnings, null, null).ops });
    const grid = applied.grids.find((g) => g.name === '评分结果')!;
    const scoreOf = (first: string) => applied.planned('评分结果', `C${rowsOf(grid).findIndex((row) => row[0] === first) + 1}`);
    expect(scoreOf('产出指标')).toMatchObject({ value: 40, numberFormat: '0' });
    expect(scoreOf('效益指标')).toMatchObject({ value: report.levels[1].score, numberFormat: '0.0' });
    expect(report.levels[1].score).toBe(40.5);
    const budgetRow = rowsOf(grid).findIndex((row) => row[0] === '全年预算数（万元）') + 2;
    expect(applied.planned('评分结果', `E${budgetRow}`)).toMatchObject({ value: 9.97, numberFormat: '0.00' });
  });

  it('round a value with more decimals to two, as formatScore does', () => {
    expect(scoreFormatOf(20.9411)).toBe('0.00');
    expect(scoreFormatOf(8.5)).toBe('0.0');
    expect(scoreFormatOf(0)).toBe('0');
    expect(scoreFormatOf(8.499999)).toBe('0.0');
  });
});

describe('the 评分结果 sheet’s 得分比 beside its grade', () => {
  it('shows 89.6 / 100 beside 良 as 89.6%, not 90% (a grade it did not reach), keeping the exact ratio', () => {
    const report = reportOf([
      sheet('绩效指标', [
        ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
        ['产出指标', '培训场次', '≥10', 10, 60],
        ['效益指标', '培训人数', '≥100', 74, 40],
      ]),
    ]);
    const applied = applyPlan([], { ops: planResultSheet(report, report.warnings, null, null).ops });
    const grid = applied.grids.find((g) => g.name === '评分结果')!;
    const totalRow = rowsOf(grid).findIndex((row) => row[0] === '综合绩效') + 1;
    expect(findRow(grid, '综合绩效').slice(0, 5)).toEqual(['综合绩效', 100, 89.6, 0.896, '良']);
    expect(applied.planned('评分结果', `D${totalRow}`)?.numberFormat).toBe('0.0%');
    expect(applied.planned('评分结果', 'C5')?.numberFormat).toBe('0.0%');
    // a level whose ratio rounds to no bound keeps the whole percent
    const outputRow = rowsOf(grid).findIndex((row) => row[0] === '效益指标') + 1;
    expect(applied.planned('评分结果', `D${outputRow}`)?.numberFormat).toBe('0%');
  });
});

describe('the 评分结果 sheet with tasks', () => {
  it('has a row per task with its funds from the budget table, counts and scores', () => {
    const indicators: CellInput[][] = [
      ['任务', '一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ['工商联业务及海内外联谊工作', '产出', '专题培训场次', '≥4场', '4场', 50],
      ['', '效益', '乡村振兴产业对接成功案例', '≥1个', '0个', 50],
    ];
    const report = reportOf([sheet('预算执行', seed002BudgetRows()), sheet('绩效指标', indicators)]);
    const grid = applyPlan([], { ops: planResultSheet(report, report.warnings, null, null).ops }).grids[0];
    const header = rowsOf(grid).findIndex((row) => row[0] === '任务');
    expect(rowsOf(grid)[header]).toEqual(['任务', '资金（万元）', '指标数', '达标', '未达标', '分值', '得分']);
    expect(rowsOf(grid)[header + 1]).toEqual(['工商联业务及海内外联谊工作', 42.52, 2, 1, 1, 100, report.tasks[0].score]);
  });

  it('keeps a task name that starts with = + - or @ as text, never a formula', () => {
    const names = ['=SUM(A1:A3)', '+86热线', '-减负行动', '@全体会员'];
    const indicators: CellInput[][] = [
      ['任务', '一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
      ...names.map((name, index) => [name, '产出', `指标${index}`, '≥1个', '1个', 25]),
    ];
    const report = reportOf([sheet('绩效指标', indicators)]);
    const plan = planResultSheet(report, report.warnings, null, null);
    const cells = plan.ops.flatMap((op) => (op.kind === 'setCells' ? op.cells.flat() : []));
    for (const name of names) {
      expect(cells.filter((cell) => cell.value === name)).toEqual([expect.objectContaining({ kind: 'text', value: name })]);
    }
    expect(cells.some((cell) => cell.kind === 'formula')).toBe(false);
  });
});

describe('the 评分结果 sheet and ownership', () => {
  const report = seed000();

  it('does not take over a 评分结果 sheet someone else made', () => {
    const theirs = sheet('评分结果', [['我们自己的评分表'], ['张三', 95]]);
    const plan = planResultSheet(report, [], theirs, null);
    expect(plan.ops).toEqual([]);
    expect(plan.problems).toEqual([expect.objectContaining({ code: 'SHEET_NOT_OWNED', fatal: true, sheet: '评分结果' })]);
    expect(plan.problems[0].message['zh-CN']).toContain('不会覆盖');
  });

  it('does not take over a 评分结果 someone made after the add-in\'s was renamed, though the marker keeps a hash under that name', () => {
    const first = planResultSheet(report, report.warnings, null, null);
    const theirs = sheet('评分结果', [['我们自己的评分表'], ['张三', 95]]);
    const plan = planResultSheet(report, report.warnings, theirs, first.hash);
    expect(plan.ops).toEqual([]);
    expect(plan.problems).toEqual([expect.objectContaining({ code: 'SHEET_NOT_OWNED', fatal: true, sheet: '评分结果' })]);
  });

  it('does not take over a colleague’s own summary titled like the add-in’s, with or without a record of the add-in’s sheet', () => {
    const first = planResultSheet(report, report.warnings, null, null);
    const summary = sheet('评分结果', [['新洲区工商联2019年度绩效自评评分结果（财务科手工汇总）'], [], ['科室', '得分'], ['办公室', 95]]);
    const withTotals = sheet('评分结果', [['新洲区工商联2019年度绩效自评评分结果（财务科手工汇总）'], [], ['总分', '满分', '得分比', '综合评价'], [93, 100, 0.93, '优']]);
    expect(planResultSheet(report, report.warnings, summary, first.hash).problems).toEqual([expect.objectContaining({ code: 'SHEET_NOT_OWNED' })]);
    expect(planResultSheet(report, report.warnings, withTotals, null).problems).toEqual([expect.objectContaining({ code: 'SHEET_NOT_OWNED' })]);
  });

  it('takes an empty 评分结果 sheet', () => {
    expect(planResultSheet(report, [], sheet('评分结果', [[]]), null).problems).toEqual([]);
  });

  it('rewrites its own sheet after a hand edit, saying so, and clears what lay beyond', () => {
    const first = planResultSheet(report, report.warnings, null, null);
    const written = applyPlan([], { ops: first.ops }).grids[0];
    const edited: SheetGrid = { ...written, values: written.values.map((row) => [...row, null, null, null]), numberFormats: written.numberFormats.map((row) => [...row, 'General', 'General', 'General']) };
    edited.values[5][7] = '手改';
    const again = planResultSheet(report, report.warnings, edited, first.hash);
    expect(again.problems).toEqual([expect.objectContaining({ code: 'OWNED_SHEET_EDITED', severity: 'info', fatal: false })]);
    expect(again.ops).toContainEqual({ kind: 'clearRange', sheet: '评分结果', address: expect.stringMatching(/^A1:H\d+$/) });
    const after = applyPlan([edited], { ops: again.ops }).grids[0];
    expect(valueAt(after, 6, 8)).toBeNull();
  });

  it('knows its own sheet after a colleague’s light edit — a word added to the title, the note cleared, a row inserted above — and rewrites it, saying so', () => {
    const first = planResultSheet(report, report.warnings, null, null);
    const written = applyPlan([], { ops: first.ops }).grids[0];
    const edits: Array<(grid: SheetGrid) => SheetGrid> = [
      (grid) => ({ ...grid, values: grid.values.map((row, index) => (index === 0 ? [`${row[0]}（初稿）`, ...row.slice(1)] : row)) }),
      (grid) => ({ ...grid, values: grid.values.map((row, index) => (index === 1 ? row.map(() => null) : row)) }),
      (grid) => ({ ...grid, values: [['财务科复核后上报'], ...grid.values], numberFormats: [['General'], ...grid.numberFormats] }),
    ];
    for (const edit of edits) {
      const again = planResultSheet(report, report.warnings, edit(written), first.hash);
      expect(again.problems).toEqual([expect.objectContaining({ code: 'OWNED_SHEET_EDITED', severity: 'info', fatal: false })]);
      expect(again.ops.length).toBeGreaterThan(0);
    }
  });

  it('knows its own sheet by its layout when the marker was lost', () => {
    const written = applyPlan([], { ops: planResultSheet(report, [], null, null).ops }).grids[0];
    expect(planResultSheet(report, [], written, null).problems).toEqual([]);
  });
});

describe('the 评分结果 sheet of a very large workbook', () => {
  it('lists 130,000 findings', () => {
    const report = seed000();
    const [warning] = report.warnings;
    const findings = Array.from({ length: 130_000 }, (_, i) => ({ ...warning, cell: `D${i + 2}`, message: { 'zh-CN': `第${i}条`, 'en-US': `#${i}` } }));
    const plan = planResultSheet(report, findings, null, null);
    const written = plan.ops.flatMap((op) => (op.kind === 'setCells' ? op.cells : []));
    expect(written.length).toBeGreaterThan(130_000);
    expect(written[written.length - 1][0].value).toBe('第129999条');
  });
});
