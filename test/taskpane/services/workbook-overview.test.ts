import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { workbookOverview } from '../../../src/taskpane/services/workbook-overview';
import { grid, SEED_000_INDICATOR_ROWS } from '../fixtures/grids';

describe('what the pane says it found', () => {
  it('calls a workbook with nothing typed in it empty, so the template is offered', () => {
    const blank = [grid('Sheet1', [])];
    expect(workbookOverview(blank, detectTables(blank)).isEmpty).toBe(true);
  });

  it('lists each table with its sheet, range and the header behind each field', () => {
    const grids = [grid('Sheet1', []), grid('绩效指标', SEED_000_INDICATOR_ROWS)];
    const overview = workbookOverview(grids, detectTables(grids));
    expect(overview.isEmpty).toBe(false);
    expect(overview.tables).toHaveLength(1);
    expect(overview.tables[0]).toMatchObject({ kind: 'indicators', sheet: '绩效指标', range: 'A1:J4', headerRow: 1, remembered: false });
    expect(overview.tables[0].columns).toContainEqual({ field: 'actual', header: '实际完成值', address: 'G1' });
  });

  it('names a header by its first line, without the template’s note beneath it', () => {
    const rows = SEED_000_INDICATOR_ROWS.map((row, index) => (index === 0 ? row.map((cell) => (cell === '一级指标' ? '一级指标\n（产出指标、效益指标、满意度指标）' : cell)) : row));
    const grids = [grid('绩效指标', rows)];
    const overview = workbookOverview(grids, detectTables(grids));
    expect(overview.tables[0].columns.find((column) => column.field === 'level1')?.header).toBe('一级指标');
  });

  it('passes on a missing required column with the sheet and cell it names', () => {
    const withoutActual = SEED_000_INDICATOR_ROWS.map((row) => row.filter((_, column) => column !== 6));
    const grids = [grid('绩效指标', withoutActual)];
    const overview = workbookOverview(grids, detectTables(grids));
    const problem = overview.problems.find((p) => p.severity === 'error');
    expect(problem?.message['zh-CN']).toContain('实际完成值');
    expect(problem?.location?.sheet).toBe('绩效指标');
  });
});
