import { isExcelErrorText, lookUpLabel } from '../../../src/domain/parsing/labels';

describe('labels', () => {
  test('the three template bands in their long and short forms', () => {
    expect(lookUpLabel('达成年度指标')).toEqual({ kind: 'qualitative', level: 'achieved' });
    expect(lookUpLabel('部分达成预期指标并具有一定效果')).toEqual({ kind: 'qualitative', level: 'partial' });
    expect(lookUpLabel('未达成目标')).toEqual({ kind: 'qualitative', level: 'notAchieved' });
  });

  test('labels match whole, ignoring spaces, a closing full stop and letter case', () => {
    expect(lookUpLabel('部分 达成')).toEqual({ kind: 'qualitative', level: 'partial' });
    expect(lookUpLabel('已完成。')).toEqual({ kind: 'qualitative', level: 'achieved' });
    expect(lookUpLabel('Yes')).toEqual({ kind: 'yesNo', value: true });
    expect(lookUpLabel('达成度')).toBeNull();
  });

  test('dashes of any length and stars', () => {
    for (const dash of ['-', '--', '—', '——', '–', '―']) expect(lookUpLabel(dash)).toEqual({ kind: 'notApplicable' });
    expect(lookUpLabel('***')).toEqual({ kind: 'placeholder' });
    expect(lookUpLabel('-*')).toBeNull();
  });

  test('error literals in any case', () => {
    expect(isExcelErrorText('#div/0!')).toBe(true);
    expect(isExcelErrorText('#N/A')).toBe(true);
    expect(isExcelErrorText('#1')).toBe(false);
    expect(isExcelErrorText('N/A')).toBe(false);
  });
});
