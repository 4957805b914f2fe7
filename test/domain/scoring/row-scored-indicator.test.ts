import { evaluate } from '../../../src/domain/evaluate';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { RowScoredIndicator } from '../../../src/domain/scoring/row-scored-indicator';
import { seed002Input } from '../../fixtures/seeds';

const PLAIN_KEYS = ['sheet', 'row', 'task', 'level1', 'level1Kind', 'level2', 'name', 'comparator', 'target', 'actual', 'points', 'computedScore', 'selfScore', 'score', 'completionRate', 'status', 'provisional', 'reason', 'columns'];

describe('an indicator as the engine scores it (seed 002, three tasks)', () => {
  const input = seed002Input();
  const { indicators } = evaluate(input, DEFAULT_SCHEME);

  it('reads its sheet, row, task, level names, reason and columns from the row it was scored from', () => {
    expect(indicators).toHaveLength(input.indicators.length);
    indicators.forEach((indicator, i) => {
      const row = input.indicators[i];
      expect(indicator).toBeInstanceOf(RowScoredIndicator);
      expect([indicator.sheet, indicator.row, indicator.task, indicator.level1, indicator.level2, indicator.name, indicator.reason, indicator.columns]).toEqual([
        row.sheet,
        row.row,
        row.task,
        row.level1,
        row.level2,
        row.level3,
        row.reason,
        row.columns,
      ]);
    });
  });

  it('keeps a missed indicator’s 偏差原因 as the row wrote it', () => {
    const missed = indicators.filter((indicator) => indicator.status === 'missed');
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((indicator) => indicator.reason === input.indicators.find((row) => row.row === indicator.row)?.reason)).toBe(true);
  });

  it('is written by JSON.stringify as a plain indicator, every key in the report’s order', () => {
    const [first] = indicators;
    const written = JSON.parse(JSON.stringify(first)) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(PLAIN_KEYS);
    expect(written).toEqual(JSON.parse(JSON.stringify(Object.fromEntries(PLAIN_KEYS.map((key) => [key, first[key as keyof typeof first]])))));
    expect(written).toMatchObject({ sheet: first.sheet, row: first.row, name: first.name, score: first.score, status: first.status });
  });

  it('writes the whole report’s indicators with the row facts in them', () => {
    const written = JSON.parse(JSON.stringify(indicators)) as Array<{ task: string | null; name: string }>;
    expect(written.map((indicator) => [indicator.task, indicator.name])).toEqual(input.indicators.map((row) => [row.task, row.level3]));
  });
});
