import type { MemoryWorkbook } from '../../src/hosts/memory';
import { readMarker } from '../../src/workbook/plan/metadata-sheet';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import type { SheetGrid } from '../../src/workbook/grid';
import { scoredSeed000InMemoryExcel } from './helpers/seed-in-memory-excel';
import { sheet, type CellInput } from './helpers/grid-builder';
import { GridPort } from './helpers/plan-applier';
import { mofProjectForm } from './helpers/layout-sheets';
import { seed000BasicInfoRows, seed000BudgetRows, seed000IndicatorRows } from './helpers/seed-sheets';

/**
 * seed 000 in the in-memory Excel, with the port a pane would use, scored once: 绩效指标 A1:J10 with
 * the add-in's 完成率 | 计算得分 | 状态 | 提示 in K:N, 预算执行 A1:H7 with 执行率 | 得分 | 提示 in I:K
 */
const scoredSeed000 = () => scoredSeed000InMemoryExcel();

const header = (workbook: MemoryWorkbook, sheet: string) => workbook.dumpValues(sheet)[0];
const column = (workbook: MemoryWorkbook, sheet: string, index: number) => workbook.dumpValues(sheet).map((row) => row[index - 1] ?? null);
const markerOf = async (port: { readWorkbook(): Promise<SheetGrid[]> }) => readMarker(await port.readWorkbook());

describe('the result block beside 绩效指标 after a person inserted a column inside it', () => {
  async function withNotesColumn() {
    const scored = await scoredSeed000();
    const { workbook } = scored;
    // between 计算得分 and 状态: 状态 and 提示 move to N:O
    workbook.userInsertLines('绩效指标', 'M:M');
    workbook.userEdit('绩效指标', 'M1', '审核意见');
    workbook.userEdit('绩效指标', 'M3', '已核对台账');
    // an indicator now missed: its status and hint must change in the block, not in a second one
    workbook.userEdit('绩效指标', 'G3', '未达成');
    return scored;
  }

  it('keeps the column and what was typed in it, writes its own columns around it, and writes no second block', async () => {
    const { workbook, port } = await withNotesColumn();
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(header(workbook, '绩效指标').slice(10)).toEqual(['完成率', '计算得分', '审核意见', '状态', '提示']);
    expect(column(workbook, '绩效指标', 13)).toEqual(['审核意见', null, '已核对台账', ...Array(7).fill(null)]);
    expect(column(workbook, '绩效指标', 14)[2]).toBe('未达标');
    expect(String(column(workbook, '绩效指标', 15)[2])).toContain('未达成');
    expect(column(workbook, '绩效指标', 12)[2]).toBe(result.report.indicators.find((indicator) => indicator.row === 3)?.computedScore);
    expect(workbook.sheetInfo('绩效指标').lastColumn).toBe(15);
    // the table is still A:J: the notes column is not read as part of it
    expect(result.detection.indicators?.range).toBe('A1:J10');
    expect((await markerOf(port))?.outputs.indicators).toEqual({ sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10, columns: [11, 12, 14, 15] });

    const again = await scoreWorkbook(port);
    expect(again.plan.ops).toEqual([]);
  });

  it('follows the block when the table loses a row and when the column goes again', async () => {
    const { workbook, port } = await withNotesColumn();
    await scoreWorkbook(port);
    workbook.userDeleteLines('绩效指标', '10:10');
    await scoreWorkbook(port);
    expect(workbook.dumpValues('绩效指标')).toHaveLength(9);
    expect(header(workbook, '绩效指标').slice(10)).toEqual(['完成率', '计算得分', '审核意见', '状态', '提示']);

    workbook.userDeleteLines('绩效指标', 'M:M');
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(header(workbook, '绩效指标').slice(10)).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect((await markerOf(port))?.outputs.indicators).toEqual({ sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 9 });
  });

  it('keeps a column inserted inside the budget block too', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userInsertLines('预算执行', 'K:K');
    workbook.userEdit('预算执行', 'K1', '经办人');
    workbook.userEdit('预算执行', 'K6', '张三');
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(header(workbook, '预算执行').slice(8)).toEqual(['执行率', '得分', '经办人', '提示']);
    expect(column(workbook, '预算执行', 11)[5]).toBe('张三');
    expect(String(column(workbook, '预算执行', 12)[5])).toContain('执行率 135.8%');
  });
});

describe('the result block beside 绩效指标 after a person renamed or deleted one of its columns', () => {
  it('stops at a renamed header (提示 → 备注), naming the sheet and cells and what to do, and writes nothing: no second block', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'N1', '备注');
    workbook.userEdit('绩效指标', 'N4', '与科室核对过');
    workbook.userEdit('绩效指标', 'G3', '未达成');
    const before = workbook.dumpValues('绩效指标');

    const result = await scoreWorkbook(port);
    const problem = result.problems.find((candidate) => candidate.code === 'OUTPUT_BLOCK_CHANGED');
    expect(problem).toMatchObject({ fatal: true, sheet: '绩效指标', cell: 'K1:N1' });
    expect(problem?.message['zh-CN']).toContain('工作表「绩效指标」K1:N1 是本插件写入的结果列（完成率、计算得分、状态、提示），现在缺少“提示”列');
    expect(problem?.message['zh-CN']).toContain('完成率 | 计算得分 | 状态 | 备注');
    expect(problem?.message['zh-CN']).toContain('请把表头改回“提示”');
    expect(problem?.message['en-US']).toContain('"提示" is no longer there');
    expect(result.plan.ops).toEqual([]);
    expect(workbook.dumpValues('绩效指标')).toEqual(before);

    // put back, the next run writes in the block again
    workbook.userEdit('绩效指标', 'N1', '提示');
    const mended = await scoreWorkbook(port);
    expect(mended.problems.filter((candidate) => candidate.fatal)).toEqual([]);
    expect(header(workbook, '绩效指标').slice(10)).toEqual(['完成率', '计算得分', '状态', '提示']);
    expect(column(workbook, '绩效指标', 13)[2]).toBe('未达标');
  });

  it('stops when a column of the block was deleted (状态), and writes nothing: no second block', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userDeleteLines('绩效指标', 'M:M');
    workbook.userEdit('绩效指标', 'G3', '未达成');
    const before = workbook.dumpValues('绩效指标');

    const result = await scoreWorkbook(port);
    const problem = result.problems.find((candidate) => candidate.code === 'OUTPUT_BLOCK_CHANGED');
    expect(problem).toMatchObject({ fatal: true, sheet: '绩效指标', cell: 'K1:M1' });
    expect(problem?.message['zh-CN']).toContain('缺少“状态”列');
    expect(problem?.message['zh-CN']).toContain('完成率 | 计算得分 | 提示');
    expect(result.plan.ops).toEqual([]);
    expect(workbook.dumpValues('绩效指标')).toEqual(before);
  });

  it('stops when the last column was deleted (提示) and something of the person\'s moved into its place', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'O1', '联系人');
    workbook.userDeleteLines('绩效指标', 'N:N');
    const result = await scoreWorkbook(port);
    expect(result.problems.find((candidate) => candidate.code === 'OUTPUT_BLOCK_CHANGED')).toMatchObject({ fatal: true, cell: 'K1:N1' });
    expect(header(workbook, '绩效指标').slice(10)).toEqual(['完成率', '计算得分', '状态', '联系人']);
  });
});

describe('the result block beside 绩效指标 after a person inserted or deleted a row of the table', () => {
  it('writes the results of an inserted indicator row in the block, level with it', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userInsertLines('绩效指标', '5:5');
    workbook.userEdit('绩效指标', 'B5:J5', [['数量指标', '新增培训', '≥', 10, '场', 5, 10, null, '场地受限']]);
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(workbook.dumpValues('绩效指标')[4].slice(10, 13)).toEqual([0.5, 5, '未达标']);
    expect(workbook.dumpValues('绩效指标')[5].slice(11, 13)).toEqual([14, '达标']);
    expect(workbook.dumpValues('绩效指标')).toHaveLength(11);
    expect(header(workbook, '绩效指标')).toHaveLength(14);
    expect((await scoreWorkbook(port)).plan.ops).toEqual([]);
  });

  it('leaves no stale results below the table after a row was deleted', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userDeleteLines('绩效指标', '4:4');
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    const values = workbook.dumpValues('绩效指标');
    expect(values).toHaveLength(9);
    expect(values[3].slice(11, 13)).toEqual([14, '达标']);
    expect(result.report.total.max).toBe(87);
  });
});

describe('the budget block after a person inserted a column named like one of the table\'s', () => {
  it('keeps a 备注 column inserted inside the budget block and writes around it', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userInsertLines('预算执行', 'K:K');
    workbook.userEdit('预算执行', 'K1', '备注');
    workbook.userEdit('预算执行', 'K6', '已报财政局');
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(header(workbook, '预算执行').slice(8)).toEqual(['执行率', '得分', '备注', '提示']);
    expect(column(workbook, '预算执行', 11)[5]).toBe('已报财政局');
    expect(String(column(workbook, '预算执行', 12)[5])).toContain('执行率 135.8%');
    expect((await scoreWorkbook(port)).plan.ops).toEqual([]);
  });
});

describe('what the block takes for its own, and what it leaves to the person (second regression review)', () => {
  it('keeps a note typed under the budget block when a budget line above it is deleted and the note moves up into the block’s old rows', async () => {
    const { workbook, port } = await scoredSeed000();
    const hint = header(workbook, '预算执行').indexOf('提示') + 1;
    const below = workbook.dumpValues('预算执行').length + 1;
    workbook.userEdit('预算执行', `${String.fromCharCode(64 + hint)}${below}`, '审核意见：同意上报（财务科 李四）');
    await scoreWorkbook(port);
    workbook.userDeleteLines('预算执行', '4:4');
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(column(workbook, '预算执行', hint)[below - 2]).toBe('审核意见：同意上报（财务科 李四）');
  });

  it('takes a table’s own 执行率 | 得分 | 责任科室 | 提示 for the table’s on a first run, not for its block: nothing of them is written over', async () => {
    const budget: CellInput[][] = seed000BudgetRows().map((row, index) => [
      ...row,
      ...(index === 0 ? ['执行率', '得分', '责任科室', '提示'] : index === 1 ? [0.99, 10, '财务科', '按季度执行'] : [null, null, null, null]),
    ]);
    const port = new GridPort([sheet('基本信息', seed000BasicInfoRows()), sheet('预算执行', budget), sheet('绩效指标', seed000IndicatorRows())]);
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(port.grid('预算执行').values[1].slice(8, 12)).toEqual([0.99, 10, '财务科', '按季度执行']);
  });

  it('keeps a 备注 inserted inside the budget block of a form without 说明 (the MoF 项目支出绩效自评表) as the person’s, not the table’s 说明', async () => {
    const port = new GridPort([mofProjectForm()]);
    await scoreWorkbook(port);
    const name = port.grids[0].name;
    const scored = port.grid(name);
    const headerRow = 5;
    const hint = (scored.values[headerRow - 1] as unknown[]).lastIndexOf('提示') + 1;
    // the person inserts a column before 提示 and heads it 备注, as the add-in's message advises for notes
    const inserted: SheetGrid = {
      ...scored,
      values: scored.values.map((row, index) => (row.length >= hint ? [...row.slice(0, hint - 1), index === headerRow - 1 ? '备注' : index === headerRow ? '已报财政局' : null, ...row.slice(hint - 1)] : row)),
      numberFormats: scored.numberFormats.map((row) => (row.length >= hint ? [...row.slice(0, hint - 1), 'General', ...row.slice(hint - 1)] : row)),
    };
    port.grids = port.grids.map((grid) => (grid.name === name ? inserted : grid));
    const result = await scoreWorkbook(port);
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(result.detection.budget?.range).toBe('A5:H9');
    expect(port.grid(name).values[headerRow].slice(hint - 1, hint + 1)).toEqual(['已报财政局', expect.stringContaining('年度资金总额')]);
  });
});
