import { ProtectedSheetWriteError } from '../../../src/hosts/office';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';
import { seed000InMemoryExcel } from '../../workbook/helpers/seed-in-memory-excel';

/** seed 000 as the template lays it out, with the port a pane would use */
const scoredSeed000 = () => seed000InMemoryExcel();

describe('scoring with a protected sheet', () => {
  it('is refused before anything is sent, naming the sheet, and leaves every cell as it was', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.setSheetProtected('预算执行', true);
    workbook.resetCounters();
    const run = scoreWorkbook(port);
    await expect(run).rejects.toBeInstanceOf(ProtectedSheetWriteError);
    await expect(run).rejects.toMatchObject({ sheet: '预算执行' });
    // the reads only: no write reached Excel
    expect(workbook.syncLog.every((sync) => sync.operations > 0 && !sync.calculationSuspended)).toBe(true);
    expect(workbook.getCellValue('绩效指标', 'K1')).toBeNull();
    expect(workbook.sheetNames()).not.toContain('评分结果');
  });

  it('writes as before once the sheet is unprotected', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.setSheetProtected('预算执行', true);
    await expect(scoreWorkbook(port)).rejects.toBeInstanceOf(ProtectedSheetWriteError);
    workbook.setSheetProtected('预算执行', false);
    const result = await scoreWorkbook(port);
    expect(result.report.total.score).toBe(93);
    expect(workbook.getCellValue('绩效指标', 'K1')).toBe('完成率');
  });

  it('lets the add-in write a plan that leaves the protected sheet alone', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.setSheetProtected('基本信息', true);
    await port.readSheets(workbook.sheetNames());
    await port.apply({ ops: [{ kind: 'setCells', sheet: '预算执行', top: 20, left: 1, cells: [[{ kind: 'text', value: '备注' }]] }] });
    expect(workbook.getCellValue('预算执行', 'A20')).toBe('备注');
  });

  it('is refused by Excel itself when protected after the read, and what came before the refused write stays (as in Excel)', async () => {
    const { workbook, port } = await scoredSeed000();
    const racing = {
      ...port,
      apply: async (plan: Parameters<typeof port.apply>[0]) => {
        workbook.setSheetProtected('预算执行', true);
        return port.apply(plan);
      },
    };
    await expect(scoreWorkbook(racing)).rejects.toMatchObject({ code: 'AccessDenied' });
    // seed 000's plan writes the indicator outputs before the budget outputs: Excel keeps them
    expect(workbook.getCellValue('绩效指标', 'K1')).toBe('完成率');
  });
});
