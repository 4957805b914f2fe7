import {
  formatExecutionCaps,
  formatGradeBands,
  formatPercent,
  readChoice,
  readExecutionCaps,
  readGradeBands,
  readNumber,
  readPercent,
  readYesNo,
} from '../../../src/domain/scheme/setting-values';

const text = (value: string) => ({ value });

describe('reading 评分设置 values', () => {
  describe('percentages', () => {
    it('reads 90% typed as text, full-width １００％ and a 0.9 shown with a % format as the same kind of ratio', () => {
      expect(readPercent(text('90%'), 1)).toEqual({ ok: true, value: 0.9 });
      expect(readPercent(text('１００％'), 1)).toEqual({ ok: true, value: 1 });
      expect(readPercent({ value: 0.9, numberFormat: '0%' }, 1)).toEqual({ ok: true, value: 0.9 });
      expect(readPercent({ value: 0.955, numberFormat: '0.0%' }, 1)).toEqual({ ok: true, value: 0.955 });
    });

    it('reads 95.5% exactly, not as 0.9550000000000001', () => {
      expect(readPercent(text('95.5%'), 1)).toEqual({ ok: true, value: 0.955 });
    });

    it('reads a bare rate 0.9 as 90% and a bare 90 as 90% where the setting cannot exceed 100%', () => {
      expect(readPercent({ value: 0.9 }, 1)).toEqual({ ok: true, value: 0.9 });
      expect(readPercent({ value: 90 }, 1)).toEqual({ ok: true, value: 0.9 });
      expect(readPercent(text('60'), 1)).toEqual({ ok: true, value: 0.6 });
    });

    it('reads the over-achievement threshold 1.3 and 130 both as 130%', () => {
      expect(readPercent({ value: 1.3 }, 10)).toEqual({ ok: true, value: 1.3 });
      expect(readPercent({ value: 130 }, 10)).toEqual({ ok: true, value: 1.3 });
    });

    it('does not read a percent sign in quotes as a percent format', () => {
      expect(readPercent({ value: 90, numberFormat: '0"%"' }, 1)).toEqual({ ok: true, value: 0.9 });
    });

    it('refuses text without a number, errors and booleans, saying a percentage was expected', () => {
      for (const cell of [text('九十'), { value: { error: '#N/A' } }, { value: true }, text('90%%')]) {
        expect(readPercent(cell, 1)).toEqual({ ok: false, expected: { 'zh-CN': '百分比，如 90%', 'en-US': 'a percentage, e.g. 90%' } });
      }
    });
  });

  it('reads numbers with or without the unit the setting allows', () => {
    expect(readNumber({ value: 100 })).toEqual({ ok: true, value: 100 });
    expect(readNumber(text('10分'), ['分'])).toEqual({ ok: true, value: 10 });
    expect(readNumber(text('0.01万元'), ['万元'])).toEqual({ ok: true, value: 0.01 });
    expect(readNumber(text('100元'), ['万元', { suffix: '元', divisor: 10_000 }])).toEqual({ ok: true, value: 0.01 });
    expect(readNumber(text('0.05万元'), ['万元', { suffix: '元', divisor: 10_000 }])).toEqual({ ok: true, value: 0.05 });
    expect(readNumber(text('10分'))).toMatchObject({ ok: false });
    expect(readNumber(text('一百'))).toMatchObject({ ok: false });
  });

  it('reads 是/否, TRUE/FALSE and yes/no', () => {
    expect(readYesNo(text('是'))).toEqual({ ok: true, value: true });
    expect(readYesNo(text('否'))).toEqual({ ok: true, value: false });
    expect(readYesNo({ value: false })).toEqual({ ok: true, value: false });
    expect(readYesNo(text('Yes'))).toEqual({ ok: true, value: true });
    expect(readYesNo(text('可能'))).toEqual({ ok: false, expected: { 'zh-CN': '“是”或“否”', 'en-US': 'yes or no' } });
  });

  it('reads a choice by its Chinese label or its English word', () => {
    const choices = [
      { value: 'ratio', label: '比例法', synonyms: ['ratio'] },
      { value: 'linear', label: '线性法', synonyms: ['linear'] },
    ] as const;
    expect(readChoice(text('线性法'), choices)).toEqual({ ok: true, value: 'linear' });
    expect(readChoice(text('Ratio'), choices)).toEqual({ ok: true, value: 'ratio' });
    expect(readChoice(text('对数法'), choices)).toEqual({ ok: false, expected: { 'zh-CN': '“比例法”或“线性法”', 'en-US': 'ratio or linear' } });
  });

  it('reads grade bands written with full-width punctuation and 分', () => {
    expect(readGradeBands(text('90分：优；80分：良；60分：中；0分：差'))).toEqual({
      ok: true,
      value: [
        { min: 90, label: '优' },
        { min: 80, label: '良' },
        { min: 60, label: '中' },
        { min: 0, label: '差' },
      ],
    });
    expect(readGradeBands(text('优秀'))).toMatchObject({ ok: false });
    expect(readGradeBands({ value: 90 })).toMatchObject({ ok: false });
  });

  it('reads one band a line (Alt+Enter in the cell), as well as ; , 、', () => {
    expect(readGradeBands(text('90:优\n80:良\r\n60:中\n\n0:差\n'))).toEqual({
      ok: true,
      value: [
        { min: 90, label: '优' },
        { min: 80, label: '良' },
        { min: 60, label: '中' },
        { min: 0, label: '差' },
      ],
    });
    expect(readExecutionCaps(text('80%:89\n70%:79'))).toEqual({
      ok: true,
      value: [
        { rateBelow: 0.8, maxTotal: 89 },
        { rateBelow: 0.7, maxTotal: 79 },
      ],
    });
  });

  it('reads bands listed from the lowest up, in the scheme’s order (highest first)', () => {
    expect(readGradeBands(text('0:差;60:中;80:良;90:优'))).toEqual({
      ok: true,
      value: [
        { min: 90, label: '优' },
        { min: 80, label: '良' },
        { min: 60, label: '中' },
        { min: 0, label: '差' },
      ],
    });
    expect(readExecutionCaps(text('50%:59; 60%:69\n70%:79'))).toEqual({
      ok: true,
      value: [
        { rateBelow: 0.7, maxTotal: 79 },
        { rateBelow: 0.6, maxTotal: 69 },
        { rateBelow: 0.5, maxTotal: 59 },
      ],
    });
  });

  it('reads execution caps with percentages, bare ratios and 无 for none', () => {
    expect(readExecutionCaps(text('80%:89; 70%:79'))).toEqual({
      ok: true,
      value: [
        { rateBelow: 0.8, maxTotal: 89 },
        { rateBelow: 0.7, maxTotal: 79 },
      ],
    });
    expect(readExecutionCaps(text('0.6=69、50:59'))).toEqual({
      ok: true,
      value: [
        { rateBelow: 0.6, maxTotal: 69 },
        { rateBelow: 0.5, maxTotal: 59 },
      ],
    });
    expect(readExecutionCaps(text('无'))).toEqual({ ok: true, value: [] });
    expect(readExecutionCaps(text('80%'))).toMatchObject({ ok: false });
  });

  it('writes what it reads back', () => {
    expect(formatPercent(0.955)).toBe('95.5%');
    expect(formatPercent(1.3)).toBe('130%');
    const caps = [
      { rateBelow: 0.8, maxTotal: 89 },
      { rateBelow: 0.555, maxTotal: 59.5 },
    ];
    expect(formatExecutionCaps(caps)).toBe('80%:89; 55.5%:59.5');
    expect(readExecutionCaps(text(formatExecutionCaps(caps)))).toEqual({ ok: true, value: caps });
    const grades = [
      { min: 92.5, label: '好' },
      { min: 0, label: '差' },
    ];
    expect(readGradeBands(text(formatGradeBands(grades)))).toEqual({ ok: true, value: grades });
  });
});
