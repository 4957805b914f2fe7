import { tableFromSelection } from '../../../src/taskpane/services/selection-table';
import { grid, SEED_000_INDICATOR_ROWS } from '../fixtures/grids';

describe('using the selected range as a table', () => {
  const titled = grid('自评表', [['2019年度部门整体支出绩效自评表'], ['单位名称：武汉市新洲区工商业联合会'], ...SEED_000_INDICATOR_ROWS], 1, 1);

  it('maps the columns by their headers from the selection’s header row', () => {
    const result = tableFromSelection(titled, { sheet: '自评表', top: 3, left: 1, bottom: 6, right: 10 }, 'indicators');
    expect(result).toEqual({
      ok: true,
      table: {
        sheet: '自评表',
        headerRow: 3,
        columns: { level1: 1, level2: 2, level3: 3, comparator: 4, target: 5, unit: 6, actual: 7, points: 8, selfScore: 9, reason: 10 },
      },
    });
  });

  it('keeps only the selected columns: a selection from C leaves 一级 and 二级 out', () => {
    const result = tableFromSelection(titled, { sheet: '自评表', top: 3, left: 3, bottom: 6, right: 10 }, 'indicators');
    expect(result.ok && result.table.columns).toEqual({ level3: 3, comparator: 4, target: 5, unit: 6, actual: 7, points: 8, selfScore: 9, reason: 10 });
  });

  it('says so when the selection holds no header of that table', () => {
    expect(tableFromSelection(titled, { sheet: '自评表', top: 1, left: 1, bottom: 2, right: 1 }, 'indicators')).toEqual({
      ok: false,
      reason: 'noHeaderFound',
    });
    expect(tableFromSelection(titled, { sheet: '自评表', top: 40, left: 1, bottom: 50, right: 3 }, 'indicators')).toEqual({
      ok: false,
      reason: 'emptySelection',
    });
  });
});
