import { SCHEME_FIELD_PATHS } from '../../../src/domain/scheme/field-names';
import { findSetting, normaliseSettingName, SCHEME_SETTINGS } from '../../../src/domain/scheme/settings';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';

describe('评分设置 parameter names', () => {
  it('has one row for every setting of the scheme', () => {
    expect(SCHEME_SETTINGS.map((s) => s.field).sort()).toEqual([...SCHEME_FIELD_PATHS].sort());
  });

  it('gives every parameter a distinct name, so no name can mean two settings', () => {
    const owners = new Map<string, Set<string>>();
    for (const setting of SCHEME_SETTINGS) {
      for (const name of [setting.name['zh-CN'], setting.name['en-US'], setting.field, ...setting.aliases]) {
        const key = normaliseSettingName(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(setting.field));
      }
    }
    expect([...owners].filter(([, fields]) => fields.size > 1)).toEqual([]);
  });

  it('finds a parameter however its brackets, dashes, spaces and case are written', () => {
    expect(findSetting('合计容差（万元）')?.field).toBe('sumTolerance');
    expect(findSetting('合计容差')?.field).toBe('sumTolerance');
    expect(findSetting('参考权重（产出）')?.field).toBe('referenceWeights.output');
    expect(findSetting(' 参考权重 - 满意度 ')?.field).toBe('referenceWeights.satisfaction');
    expect(findSetting('GRADE BANDS')?.field).toBe('grades');
    expect(findSetting('lowExecutionRate')?.field).toBe('lowExecutionRate');
    expect(findSetting('满分：')?.field).toBe('totalPoints');
  });

  it('does not guess at names it does not know', () => {
    expect(findSetting('满')).toBeNull();
    expect(findSetting('权重')).toBeNull();
  });

  it('explains every parameter in Chinese for the template', () => {
    for (const setting of SCHEME_SETTINGS) expect(setting.note).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('评分设置 values in the words people use', () => {
  const reverseFormula = SCHEME_SETTINGS.find((setting) => setting.field === 'reverseFormula');
  const readReverse = (text: string) => {
    const read = reverseFormula?.read({ value: text });
    return read?.ok ? read.apply(DEFAULT_SCHEME).reverseFormula : null;
  };

  it('reads 比值法 (and 比值), the other common name of the ratio method, as 比例法', () => {
    expect(readReverse('比值法')).toBe('ratio');
    expect(readReverse('比值')).toBe('ratio');
    expect(readReverse('线性法 ')).toBe('linear');
  });
});
