import { textAt } from '../../../src/workbook/cells/grid-cells';
import type { SheetGrid } from '../../../src/workbook/grid';
import { narrativeReportSheetPlanner } from '../../../src/workbook/plan/narrative-report-planner';
import { readMarker } from '../../../src/workbook/plan/metadata-sheet';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';
import { sheet } from '../helpers/grid-builder';
import { GridPort } from '../helpers/plan-applier';
import { seed000BasicInfoRows, seed000BudgetRows, seed000IndicatorRows } from '../helpers/seed-sheets';

const seed000 = (): SheetGrid[] => [
  sheet('基本信息', seed000BasicInfoRows()),
  sheet('预算执行', seed000BudgetRows()),
  sheet('绩效指标', seed000IndicatorRows()),
];

function editReport(port: GridPort): void {
  port.grids = port.grids.map((grid) =>
    grid.name === '自评报告' ? { ...grid, values: grid.values.map((row, index) => (index === 3 ? ['手工改写的一段', ...row.slice(1)] : row)) } : grid,
  );
}

describe('the 自评报告 sheet planned through scoreWorkbook', () => {
  it('writes the narrative sheet and keeps its hash, so the next run replaces it without asking', async () => {
    const port = new GridPort(seed000());
    const planReportSheet = narrativeReportSheetPlanner();
    await scoreWorkbook(port, { planReportSheet });
    expect(textAt(port.grid('自评报告'), 1, 1)).toContain('武汉市新洲区工商业联合会');
    expect(readMarker(port.grids)?.sheetHashes['自评报告']).toMatch(/^[0-9a-f]{16}$/);
    const again = await scoreWorkbook(port, { planReportSheet });
    expect(again.problems).toEqual([]);
  });

  it('asks before replacing a report someone edited', async () => {
    const port = new GridPort(seed000());
    await scoreWorkbook(port, { planReportSheet: narrativeReportSheetPlanner() });
    editReport(port);
    const result = await scoreWorkbook(port, { planReportSheet: narrativeReportSheetPlanner({ onConflict: 'ask' }) });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'REPORT_SHEET_CONFLICT', sheet: '自评报告', fatal: false })]);
    expect(textAt(port.grid('自评报告'), 4, 1)).toBe('手工改写的一段');
  });

  it('writes beside an edited report for the command line', async () => {
    const port = new GridPort(seed000());
    await scoreWorkbook(port, { planReportSheet: narrativeReportSheetPlanner() });
    editReport(port);
    await scoreWorkbook(port, { planReportSheet: narrativeReportSheetPlanner({ onConflict: 'newSheet' }) });
    expect(port.grids.map((grid) => grid.name)).toContain('自评报告(2)');
    expect(textAt(port.grid('自评报告'), 4, 1)).toBe('手工改写的一段');
    expect(Object.keys(readMarker(port.grids)?.sheetHashes ?? {})).toEqual(expect.arrayContaining(['自评报告(2)']));
  });
});
