import type { Scheme } from '../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { validateScheme, type SchemeIssue } from '../../../src/domain/scheme/validate';

function issuesOf(candidate: unknown): SchemeIssue[] {
  const result = validateScheme(candidate);
  if (result.ok) throw new Error('expected the scheme to be rejected');
  return result.issues;
}

const withChange = (change: Partial<Scheme>): Scheme => ({ ...DEFAULT_SCHEME, ...change });

describe('validateScheme', () => {
  it('accepts the default scheme unchanged', () => {
    expect(validateScheme(DEFAULT_SCHEME)).toEqual({ ok: true, scheme: DEFAULT_SCHEME });
  });

  it('accepts the 95/85/60 bands with 好/较好/一般/差 labels some provinces use', () => {
    const grades = [
      { min: 95, label: '好' },
      { min: 85, label: '较好' },
      { min: 60, label: '一般' },
      { min: 0, label: '差' },
    ];
    expect(validateScheme(withChange({ grades })).ok).toBe(true);
  });

  it('rejects grade bands that are not sorted from high to low, naming 等级划分 in both languages', () => {
    const [issue] = issuesOf(withChange({ grades: [{ min: 80, label: '良' }, { min: 90, label: '优' }, { min: 0, label: '差' }] }));
    expect(issue.path).toBe('grades');
    expect(issue.field).toBe('grades');
    expect(issue.message['zh-CN']).toBe('「等级划分」的分数下限须从高到低排列，且互不相同。');
    expect(issue.message['en-US']).toContain('Grade bands');
  });

  it('rejects two bands with the same lower bound', () => {
    const issues = issuesOf(withChange({ grades: [{ min: 90, label: '优' }, { min: 90, label: '良' }, { min: 0, label: '差' }] }));
    expect(issues.map((i) => i.message['zh-CN'])).toEqual(['「等级划分」中同一分数下限出现了两次，每档的分数下限须互不相同。']);
  });

  it('rejects two caps on the same execution rate', () => {
    const issues = issuesOf(withChange({ executionCaps: { enabled: true, caps: [{ rateBelow: 0.8, maxTotal: 89 }, { rateBelow: 0.8, maxTotal: 79 }] } }));
    expect(issues.map((i) => i.message['zh-CN'])).toEqual(['「执行率限分档」中同一执行率出现了两次，每档的执行率须互不相同。']);
  });

  it('rejects grade bands whose last band does not start at 0', () => {
    const issues = issuesOf(withChange({ grades: [{ min: 90, label: '优' }, { min: 60, label: '中' }] }));
    expect(issues.map((i) => i.message['zh-CN'])).toEqual(['「等级划分」最后一档的下限须为 0，使任何总分都有等级。']);
  });

  it('rejects a band lower bound outside 0–100, pointing at that band', () => {
    const issues = issuesOf(withChange({ grades: [{ min: 120, label: '优' }, { min: 0, label: '差' }] }));
    expect(issues).toEqual([
      expect.objectContaining({ path: 'grades.0.min', field: 'grades', message: expect.objectContaining({ 'zh-CN': '「等级划分」须在 0 到 100 之间。' }) }),
    ]);
  });

  it('rejects empty grade bands, blank labels and repeated labels', () => {
    expect(issuesOf(withChange({ grades: [] }))[0].message['zh-CN']).toBe('「等级划分」至少要有一档。');
    expect(issuesOf(withChange({ grades: [{ min: 90, label: ' ' }, { min: 0, label: '差' }] }))[0].message['zh-CN']).toBe(
      '「等级划分」每一档都须有等级名称。',
    );
    expect(issuesOf(withChange({ grades: [{ min: 90, label: '差' }, { min: 0, label: '差' }] }))[0].message['zh-CN']).toBe(
      '「等级划分」的等级名称不能重复。',
    );
  });

  it('rejects a negative reference weight', () => {
    const [issue] = issuesOf(withChange({ referenceWeights: { ...DEFAULT_SCHEME.referenceWeights, benefit: -5 } }));
    expect(issue).toMatchObject({ path: 'referenceWeights.benefit', field: 'referenceWeights.benefit' });
    expect(issue.message['zh-CN']).toBe('「参考权重-效益」不能为负数。');
  });

  it.each([
    ['lowExecutionRate', 0],
    ['lowExecutionRate', 1.2],
    ['lowCompletion', -0.1],
  ] as const)('rejects %s = %s: rates must be above 0%% and at most 100%%', (field, value) => {
    const [issue] = issuesOf(withChange({ [field]: value }));
    expect(issue.field).toBe(field);
    expect(issue.message['zh-CN']).toMatch(/须大于 0% 且不超过 100%。$/);
  });

  it('accepts a rate of exactly 100%', () => {
    expect(validateScheme(withChange({ lowExecutionRate: 1 })).ok).toBe(true);
  });

  it('rejects a negative sum tolerance but accepts 0', () => {
    expect(issuesOf(withChange({ sumTolerance: -0.01 }))[0].message['zh-CN']).toBe('「合计容差(万元)」不能为负数。');
    expect(validateScheme(withChange({ sumTolerance: 0 })).ok).toBe(true);
  });

  it('rejects a reverse formula or report score outside the two choices', () => {
    expect(issuesOf({ ...DEFAULT_SCHEME, reverseFormula: 'log' })[0].message['zh-CN']).toBe('「反向指标计分方法」须为“比例法”或“线性法”。');
    expect(issuesOf({ ...DEFAULT_SCHEME, reportScore: 'average' })[0].message['zh-CN']).toBe('「报告采用得分」须为“计算得分”或“自评得分”。');
  });

  it('rejects an over-achievement threshold at or below 100%', () => {
    const [issue] = issuesOf(withChange({ overAchievement: { ...DEFAULT_SCHEME.overAchievement, threshold: 1 } }));
    expect(issue.message['zh-CN']).toBe('「超额完成阈值」须大于 100%（如 130%）。');
  });

  it('rejects execution caps not sorted by rate, and caps that allow more for a lower rate', () => {
    const unsorted = { enabled: true, caps: [{ rateBelow: 0.6, maxTotal: 69 }, { rateBelow: 0.8, maxTotal: 89 }] };
    expect(issuesOf(withChange({ executionCaps: unsorted })).map((i) => i.message['zh-CN'])).toContain(
      '「执行率限分档」须按执行率从高到低排列，且互不相同。',
    );
    const inverted = { enabled: true, caps: [{ rateBelow: 0.8, maxTotal: 69 }, { rateBelow: 0.6, maxTotal: 89 }] };
    expect(issuesOf(withChange({ executionCaps: inverted })).map((i) => i.message['zh-CN'])).toEqual([
      '「执行率限分档」中执行率越低，总分上限不能越高。',
    ]);
  });

  it('rejects a cap whose highest total is outside 0–100', () => {
    const [issue] = issuesOf(withChange({ executionCaps: { enabled: false, caps: [{ rateBelow: 0.8, maxTotal: 150 }] } }));
    expect(issue.path).toBe('executionCaps.caps.0.maxTotal');
    expect(issue.field).toBe('executionCaps.caps');
  });

  it('names both settings of a combination that breaks a rule', () => {
    const [issue] = issuesOf(withChange({ totalPoints: 5 }));
    expect(issue.involves).toEqual(['budgetPointsDefault', 'totalPoints']);
    expect(issue.message['zh-CN']).toBe('「预算执行率默认分值」不能大于「满分」。');
  });

  it('rejects caps switched on with no band', () => {
    const [issue] = issuesOf(withChange({ executionCaps: { enabled: true, caps: [] } }));
    expect(issue.involves).toEqual(['executionCaps.caps', 'executionCaps.enabled']);
  });

  it('rejects something that is not a scheme without throwing, in words a user can read', () => {
    expect(issuesOf(null)[0].message['zh-CN']).toBe('「评分设置」须为一组设置。');
    expect(issuesOf('100')).toHaveLength(1);
    const missing = issuesOf({ ...DEFAULT_SCHEME, totalPoints: undefined });
    expect(missing[0].message['zh-CN']).toBe('「满分」须为数字。');
  });

  it('rejects infinite and NaN numbers', () => {
    expect(issuesOf(withChange({ totalPoints: Number.POSITIVE_INFINITY }))[0].field).toBe('totalPoints');
    expect(issuesOf(withChange({ sumTolerance: Number.NaN }))[0].field).toBe('sumTolerance');
  });

  it('rejects a setting it does not know, so a typo in saved settings is not silently dropped', () => {
    const issues = issuesOf({ ...DEFAULT_SCHEME, totalPiont: 100 });
    expect(issues[0].message['zh-CN']).toBe('「评分设置」中有未知的设置项：totalPiont。');
  });
});
