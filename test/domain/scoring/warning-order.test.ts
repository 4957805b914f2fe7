import type { Warning } from '../../../src/domain/model';
import type { Finding } from '../../../src/domain/scoring/findings';
import { locationOfWarning, orderedWarnings } from '../../../src/domain/scoring/warning-order';

const at = (sheet: string | null, row: number, column: number) => ({ sheet, address: sheet && row ? `${String.fromCharCode(64 + column)}${row}` : null, row, column });

describe('warning order', () => {
  it('places a warning made elsewhere by its A1 address, absolute ones too', () => {
    const placed = (cell: string | null) => {
      const { row, column } = locationOfWarning({ code: 'EXECUTION_LOW', severity: 'warning', sheet: '预算执行', cell, message: { 'zh-CN': '', 'en-US': '' }, params: {} });
      return { row, column };
    };
    expect(placed('G12')).toEqual({ row: 12, column: 7 });
    expect(placed('$AA$3')).toEqual({ row: 3, column: 27 });
    expect(placed(null)).toEqual({ row: 0, column: 0 });
    expect(placed('R1C1')).toEqual({ row: 0, column: 0 });
  });

  it('puts whole-workbook findings first, then sheets in code-point order, rows, columns, codes in catalogue order', () => {
    const findings: Finding[] = [
      { code: 'MISSED_NO_REASON', at: at('绩效指标', 3, 7), params: {} },
      { code: 'ACTUAL_MISSING', at: at('绩效指标', 3, 7), params: {} },
      { code: 'SCORE_MAY_BE_INFLATED', at: at(null, 0, 0), params: {} },
      { code: 'POINTS_TOTAL_MISMATCH', at: at('绩效指标', 0, 0), params: {} },
      { code: 'SELF_SCORE_DIFFERS', at: at('绩效指标', 2, 9), params: {} },
      { code: 'TARGET_ZERO', at: at('绩效指标', 2, 5), params: {} },
    ];
    const budget: Warning = { code: 'EXECUTION_LOW', severity: 'warning', sheet: '预算执行', cell: 'E2', message: { 'zh-CN': '', 'en-US': '' }, params: {} };
    const order = orderedWarnings(findings, [budget]).map((w) => `${w.sheet}:${w.cell}:${w.code}`);
    expect(order).toEqual([
      'null:null:SCORE_MAY_BE_INFLATED',
      '绩效指标:null:POINTS_TOTAL_MISMATCH',
      '绩效指标:E2:TARGET_ZERO',
      '绩效指标:I2:SELF_SCORE_DIFFERS',
      '绩效指标:G3:ACTUAL_MISSING',
      '绩效指标:G3:MISSED_NO_REASON',
      '预算执行:E2:EXECUTION_LOW',
    ]);
  });

  it('keeps the order found for equal keys, and takes the severity a finding overrides', () => {
    const findings: Finding[] = [
      { code: 'LEVEL1_MISSING', at: at('绩效指标', 0, 0), params: { dimension: 'benefit' }, severity: 'info' },
      { code: 'LEVEL1_MISSING', at: at('绩效指标', 0, 0), params: { dimension: 'satisfaction' } },
    ];
    expect(orderedWarnings(findings, []).map((w) => [w.params.dimension, w.severity])).toEqual([
      ['benefit', 'info'],
      ['satisfaction', 'warning'],
    ]);
  });
});
