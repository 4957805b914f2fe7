import { WARNING_CODES } from '../../../src/domain/model';
import { createWarning, WARNING_SPECS } from '../../../src/domain/warnings/catalogue';
import { indicatorWarningSpecs } from '../../../src/domain/warnings/messages/indicator';

const BUDGET_CODES = ['AMOUNT_UNIT_CONVERTED', 'BUDGET_VALUE_UNREADABLE', 'EXECUTION_LOW', 'EXECUTION_OVER_100', 'ADJUSTMENT_UNEXPLAINED', 'PARTS_MISMATCH', 'THREE_PUBLIC_UP'];

describe('the warning catalogue', () => {
  it('has a severity and both messages for every code', () => {
    const missing = WARNING_CODES.filter((code) => !WARNING_SPECS[code]);
    expect(missing).toEqual([]);
  });

  it('holds every indicator, structure and credibility code in messages/indicator.ts', () => {
    const expected = WARNING_CODES.filter((code) => !BUDGET_CODES.includes(code));
    expect(Object.keys(indicatorWarningSpecs).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['TARGET_UNREADABLE', 'error'],
    ['ACTUAL_UNREADABLE', 'error'],
    ['ACTUAL_MISSING', 'error'],
    ['POINTS_INVALID', 'error'],
    ['PLACEHOLDER', 'error'],
    ['MISSED_NO_REASON', 'warning'],
    ['SCORE_OUTSIDE_BAND', 'warning'],
    ['SCORE_MAY_BE_INFLATED', 'warning'],
    ['VALUE_INTERPRETED', 'info'],
    ['WEIGHTS_DIFFER_FROM_REFERENCE', 'info'],
    ['SCORE_PROVISIONAL', 'info'],
  ] as const)('%s is an %s', (code, severity) => {
    expect(indicatorWarningSpecs[code]?.severity).toBe(severity);
  });

  it('names the indicator and its figures, in Chinese and in English', () => {
    const warning = createWarning(
      'MISSED_NO_REASON',
      { sheet: '绩效指标', address: 'G6', row: 6, column: 7 },
      { indicator: '乡村振兴产业对接成功案例', row: 6, target: '≥1个', actual: '0个' },
    );
    expect(warning.message['zh-CN']).toBe('指标“乡村振兴产业对接成功案例”未达到年度指标值（目标 ≥1个，实际 0个），请填写偏差原因分析及改进措施。');
    expect(warning.message['en-US']).toContain('乡村振兴产业对接成功案例');
    expect(warning.message['en-US']).toContain('target ≥1个, actual 0个');
    expect([warning.sheet, warning.cell]).toEqual(['绩效指标', 'G6']);
  });

  it('names an unnamed indicator by its row', () => {
    const warning = createWarning('ACTUAL_MISSING', null, { indicator: '', row: 12 });
    expect(warning.message['zh-CN']).toBe('第 12 行的指标未填写实际完成值，该指标未计分。');
    expect(warning.message['en-US']).toBe('The indicator on row 12 has no actual value; it was not scored.');
  });

  it('quotes a name typed over several lines of its cell on one line, and keeps the params as the cell holds them', () => {
    const name = '乡村振兴产业\n对接成功案例';
    const duplicate = createWarning('DUPLICATE_INDICATOR', null, { indicator: name, task: '工商联业务\r\n海内外联谊工作', row: 9, firstRow: 6 });
    expect(duplicate.message['zh-CN']).toBe('指标“乡村振兴产业对接成功案例”在任务“工商联业务海内外联谊工作”中与第 6 行重复，请合并或改名。');
    expect(duplicate.message['en-US']).not.toMatch(/[\r\n]/);
    expect(duplicate.params.indicator).toBe(name);
    const latin = createWarning('ACTUAL_MISSING', null, { indicator: 'APP\nusers', row: 3 });
    expect(latin.message['en-US']).toContain('“APP users”');
  });
});
