import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { formatAmount, formatClockTime, formatGrade, formatPercent, formatScore, formatScoreRatio } from '../../../src/taskpane/format/pane-format';

describe('figures in the pane, written as the seed reports write them', () => {
  it('shows scores with up to two decimals, rounded half up on the decimal value', () => {
    expect(formatScore(95.91)).toBe('95.91');
    expect(formatScore(93)).toBe('93');
    expect(formatScore(1.005)).toBe('1.01');
    expect(formatScore(null)).toBe('—');
  });

  it('shows rates with one decimal: seed 002 spent 1,288.38 of 1,291.73 → 99.7%', () => {
    expect(formatPercent(1288.38 / 1291.73)).toBe('99.7%');
    expect(formatPercent(33.08 / 24.36)).toBe('135.8%');
    expect(formatPercent(0.93)).toBe('93.0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('shows a 得分比 as the 自评报告 does, never reaching a grade band the score is below', () => {
    const bands = DEFAULT_SCHEME.grades;
    expect(formatScoreRatio(74, 80, bands)).toBe('93%');
    expect(formatScoreRatio(89.97, 100, bands)).toBe('89.97%');
    expect(formatScoreRatio(9.97, 10, bands)).toBe('99.7%');
    const strictBands = [
      { min: 95, label: '优秀' },
      { min: 85, label: '较好' },
      { min: 0, label: '一般' },
    ];
    expect(formatScoreRatio(94.97, 100, strictBands)).toBe('94.97%');
    expect(formatScoreRatio(0, 0, bands)).toBe('—');
  });

  it('shows 万元 amounts with thousands separators and the workbook’s own decimals, as the report does', () => {
    expect(formatAmount(1291.73)).toBe('1,291.73');
    expect(formatAmount(189.4)).toBe('189.4');
    expect(formatAmount(-1234567.891)).toBe('-1,234,567.891');
    expect(formatAmount(null)).toBe('—');
  });

  it('shows the time of the last run on a 24-hour clock', () => {
    const at = new Date(2024, 4, 6, 14, 3, 21).getTime();
    expect(formatClockTime(at, 'zh-CN')).toBe('14:03:21');
    expect(formatClockTime(at, 'en-US')).toBe('14:03:21');
  });

  describe('a grade', () => {
    const meaningText = (meaning: string) => `<${meaning}>`;

    it('is the label the sheets print in the Chinese pane', () => {
      for (const label of ['优', '良', '中', '差', '较好']) expect(formatGrade(label, 'zh-CN', meaningText)).toBe(label);
    });

    it('says what the label means beside it in the English pane, for the labels of both schemes in DOMAIN.md', () => {
      expect(['优', '良', '中', '差'].map((label) => formatGrade(label, 'en-US', meaningText))).toEqual(['优 (<excellent>)', '良 (<good>)', '中 (<fair>)', '差 (<poor>)']);
      expect(['好', '较好', '一般'].map((label) => formatGrade(label, 'en-US', meaningText))).toEqual(['好 (<good>)', '较好 (<fairlyGood>)', '一般 (<fair>)']);
      expect(formatGrade('优秀', 'en-US', meaningText)).toBe('优秀 (<excellent>)');
    });

    it('stays a label of the unit’s own making as written, with no meaning guessed', () => {
      expect(formatGrade('A档', 'en-US', meaningText)).toBe('A档');
      expect(formatGrade('优良', 'en-US', meaningText)).toBe('优良');
    });
  });
});
