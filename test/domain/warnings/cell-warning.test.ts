import { createWarning } from '../../../src/domain/warnings/catalogue';
import { CellWarning } from '../../../src/domain/warnings/cell-warning';

const params = { indicator: '乡村振兴产业对接成功案例', row: 6, target: '≥1个', actual: '0个' };

describe('a warning about one cell of an indicator row', () => {
  it('reads as the plain warning createWarning makes for the same cell', () => {
    const lazy = new CellWarning('MISSED_NO_REASON', 'warning', '绩效指标', 6, 7, params);
    const plain = createWarning('MISSED_NO_REASON', { sheet: '绩效指标', address: 'G6', row: 6, column: 7 }, params);
    expect([lazy.code, lazy.severity, lazy.sheet, lazy.cell, lazy.params]).toEqual([plain.code, plain.severity, plain.sheet, plain.cell, plain.params]);
    expect(lazy.message['zh-CN']).toBe(plain.message['zh-CN']);
    expect(lazy.message['en-US']).toBe(plain.message['en-US']);
  });

  it('is written by JSON.stringify as the plain warning, key for key and in the same order', () => {
    const lazy = new CellWarning('MISSED_NO_REASON', 'warning', '绩效指标', 6, 7, params);
    const plain = createWarning('MISSED_NO_REASON', { sheet: '绩效指标', address: 'G6', row: 6, column: 7 }, params);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
    expect(Object.keys(JSON.parse(JSON.stringify(lazy)))).toEqual(['code', 'severity', 'sheet', 'cell', 'message', 'params']);
  });

  it('points at no cell when its table has no column for the field (column 0)', () => {
    const lazy = new CellWarning('ACTUAL_MISSING', 'error', '绩效指标', 12, 0, { indicator: '', row: 12 });
    expect(lazy.cell).toBeNull();
    expect(lazy.message['zh-CN']).toBe('第 12 行的指标未填写实际完成值，该指标未计分。');
  });

  it('addresses columns past Z as Excel does', () => {
    expect(new CellWarning('ACTUAL_MISSING', 'error', '绩效指标', 1048576, 28, {}).cell).toBe('AB1048576');
  });
});
