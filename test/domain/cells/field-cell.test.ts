import { cellOfField } from '../../../src/domain/cells/field-cell';
import { evaluateTable, warningsOf } from '../scoring/evaluate-table';
import { indicatorRows } from '../../fixtures/seeds';

describe('the cell of an indicator field', () => {
  const [row] = indicatorRows([{ level1: '产出', level3: '培训人次', target: '≥50人次', actual: 60, points: 10 }], { sheet: '指标', firstRow: 7 });

  it('is the row of the indicator in its table’s column of that field', () => {
    // template order: 一级 二级 三级 指标性质 指标值 单位 实际 分值 自评 原因
    expect(cellOfField(row, 'actual')).toEqual({ sheet: '指标', address: 'G7', row: 7, column: 7 });
    expect(cellOfField(row, 'level3')?.address).toBe('C7');
  });

  it('is null for a field the table has no column for', () => {
    expect(cellOfField(row, 'task')).toBeNull();
  });
});

describe('where a warning about a field points', () => {
  it('points at the field’s own cell', () => {
    const report = evaluateTable([{ target: '≥50人次', actual: 40 }]);
    expect(warningsOf(report, 'MISSED_NO_REASON').map((w) => w.cell)).toEqual(['G2']);
  });

  it('falls back to the 三级指标 cell when the table has no column for the field', () => {
    // a qualitative score to confirm belongs in 自评得分, which this table does not have
    const report = evaluateTable([{ comparator: '定性', target: '达成年度指标', actual: '达成' }], { layout: { withSelfScore: false } });
    expect(warningsOf(report, 'SCORE_PROVISIONAL').map((w) => w.cell)).toEqual(['C2']);
  });
});
