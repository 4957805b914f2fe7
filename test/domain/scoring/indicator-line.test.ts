import { evaluate } from '../../../src/domain/evaluate';
import { INDICATOR_FIELDS } from '../../../src/domain/model';
import { seed000Indicators, seed000Input } from '../../fixtures/seeds';

/** the fields of a scored indicator, in the report's order */
const SCORED_FIELDS = [
  'sheet', 'row', 'task', 'level1', 'level1Kind', 'level2', 'name', 'comparator', 'target', 'actual', 'points',
  'computedScore', 'selfScore', 'score', 'completionRate', 'status', 'provisional', 'reason', 'columns',
];

describe("a scored indicator's line in the report", () => {
  const input = seed000Input();
  const report = evaluate(input);

  it("reads its row's own fields (sheet, row, task, levels, name, reason, columns) from the input row", () => {
    const rows = seed000Indicators();
    report.indicators.forEach((line, i) => {
      const row = rows[i];
      expect([line.sheet, line.row, line.task, line.level1, line.level2, line.name, line.reason]).toEqual([row.sheet, row.row, row.task, row.level1, row.level2, row.level3, row.reason]);
      expect(Object.keys(line.columns).sort()).toEqual(INDICATOR_FIELDS.filter((field) => row.columns[field] !== undefined).sort());
    });
  });

  it('is written by JSON.stringify as a plain object with every field, in the same order', () => {
    const written = JSON.parse(JSON.stringify(report.indicators[0])) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(SCORED_FIELDS);
    expect(written).toMatchObject({ sheet: '绩效指标', name: report.indicators[0].name, score: 10, status: 'met' });
  });
});
