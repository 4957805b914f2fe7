import { normaliseHeaderText, normaliseLabelText } from '../../../src/workbook/detect/header-text';

describe('header text as users type it', () => {
  it.each([
    ['年度\n指标值', '年度指标值'],
    ['年度 指标值', '年度指标值'],
    ['全年预算数（A）', '全年预算数'],
    ['全年预算数(A)', '全年预算数'],
    ['全年执行数（B）（万元）', '全年执行数'],
    ['＊分值', '分值'],
    ['　实际完成值　', '实际完成值'],
    ['分值：', '分值'],
    ['Target', 'target'],
  ])('%j reads as %j', (typed, expected) => {
    expect(normaliseHeaderText(typed)).toBe(expected);
  });

  it('keeps a header that only starts with a bracket-free word intact', () => {
    expect(normaliseHeaderText('偏差原因分析及改进措施')).toBe('偏差原因分析及改进措施');
  });

  it('reads item labels without brackets or punctuation anywhere', () => {
    expect(normaliseLabelText('部门（单位）名称')).toBe('部门名称');
    expect(normaliseLabelText('机构、人员情况')).toBe('机构人员情况');
    expect(normaliseLabelText('“三公”经费')).toBe('三公经费');
  });

  it('reads a text the same asked again, also after many other texts (the cache of normalised texts is emptied when full)', () => {
    const typed = ['年度\n指标值', '全年执行数（B）（万元）', '＊分值', 'Target'];
    const first = typed.map(normaliseHeaderText);
    for (let index = 0; index < 10_000; index += 1) normaliseHeaderText(`表头${index}（${index}）`);
    expect(typed.map(normaliseHeaderText)).toEqual(first);
    expect(first).toEqual(['年度指标值', '全年执行数', '分值', 'target']);
    expect(normaliseHeaderText('表头9999（9999）')).toBe('表头9999');
  });
});
