import type { WarningCode } from '../../../src/domain/model';
import { createWarning, type WarningParams } from '../../../src/domain/warnings/catalogue';

const AT = { sheet: '绩效指标', address: 'G2', row: 2, column: 7 };
const message = (code: WarningCode, params: WarningParams, locale: 'zh-CN' | 'en-US' = 'en-US') => createWarning(code, AT, params).message[locale];
const WHO = { indicator: '培训人次', row: 2 };

describe('indicator messages: wording', () => {
  it('names a blank cell without leaving a double space in English', () => {
    const blank = [
      message('TARGET_UNREADABLE', { ...WHO, text: '', problem: 'noNumber' }),
      message('ACTUAL_UNREADABLE', { ...WHO, text: '', problem: 'noNumber' }),
      message('POINTS_INVALID', { ...WHO, field: 'points', text: '', problem: 'missing' }),
      message('POINTS_INVALID', { ...WHO, field: 'selfScore', text: '', problem: 'noNumber' }),
    ];
    for (const text of blank) expect(text).not.toMatch(/ {2}/);
    expect(blank[0]).toContain('the target holds');
    expect(message('TARGET_UNREADABLE', { ...WHO, text: '90-95%', problem: 'severalNumbers' })).toContain('the target “90-95%” ');
  });

  it('counts one in the singular in English', () => {
    expect(message('SCORE_MAY_BE_INFLATED', { total: 96, missed: 1, executionRate: '' })).toContain('yet 1 indicator missed its target:');
    expect(message('SCORE_MAY_BE_INFLATED', { total: 96, missed: 2, executionRate: '' })).toContain('yet 2 indicators missed their targets:');
    expect(message('OUTPUT_HEAVY', { task: '', output: 5, benefit: 1 })).toContain('has 5 output indicators but only 1 benefit indicator;');
    expect(message('OVERACHIEVEMENT_DEDUCTED', { ...WHO, percent: '150%', threshold: '130%', deduction: 1 })).toContain('1 point was deducted');
    expect(message('SCORE_ABOVE_POINTS', { ...WHO, selfScore: 2, points: 1 })).toContain('above its 1 point.');
  });

  it('writes a qualitative band in words, not interval notation', () => {
    const params = { ...WHO, level: '部分达成', low: 6, high: 8, highInclusive: 'no', selfScore: 9, score: 7 };
    expect(message('SCORE_OUTSIDE_BAND', params, 'zh-CN')).toContain('得分应在 6 分（含）至 8 分（不含）之间，');
    expect(message('SCORE_OUTSIDE_BAND', params)).toContain('which scores from 6 up to, but not including, 8;');
    const top = { ...params, level: '达成', low: 8, high: 10, highInclusive: 'yes' };
    expect(message('SCORE_OUTSIDE_BAND', top, 'zh-CN')).toContain('得分应在 8 分（含）至 10 分（含）之间，');
    expect(message('SCORE_OUTSIDE_BAND', top)).toContain('which scores from 8 to 10, both included;');
  });

  it('says 不适用 once when that is the mark the cell holds, and glosses other marks', () => {
    expect(message('NOT_APPLICABLE_EXCLUDED', { ...WHO, text: '不适用', points: 10 }, 'zh-CN')).toBe('指标“培训人次”标为“不适用”，其 10 分不计入总分。');
    expect(message('NOT_APPLICABLE_EXCLUDED', { ...WHO, text: '/', points: 10 }, 'zh-CN')).toBe('指标“培训人次”标为“/”（不适用），其 10 分不计入总分。');
  });
});
