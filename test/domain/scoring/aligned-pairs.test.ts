import { alignedPair } from '../../../src/domain/scoring/aligned-pairs';
import { alignUnits } from '../../../src/domain/scoring/unit-alignment';

describe('aligning a target and an actual that rows share', () => {
  const target = { value: 95, unit: '%' };
  const fraction = { value: 0.97, unit: '' };

  it('gives what alignUnits gives, with the interpretation written as the user reads it', () => {
    const pair = alignedPair(target, fraction, '');
    expect(pair.alignment).toEqual(alignUnits(target, fraction, ''));
    expect(pair.notes).toEqual([{ field: 'actual', what: 'fractionActualAsPercent', from: '0.97', to: '97%' }]);
  });

  it('works a pair out once: the same values and 度量单位 give the same answer object', () => {
    expect(alignedPair(target, fraction, '')).toBe(alignedPair(target, fraction, ''));
    expect(alignedPair(target, fraction, '%')).not.toBe(alignedPair(target, fraction, ''));
    // equal but distinct values are aligned afresh, and alike
    expect(alignedPair({ ...target }, fraction, '')).toEqual(alignedPair(target, fraction, ''));
  });

  it('notes nothing for units that cannot be compared', () => {
    expect(alignedPair({ value: 4, unit: '个' }, { value: 80, unit: '人次' }, '')).toEqual({
      alignment: { kind: 'incompatible', targetUnit: '个', actualUnit: '人次' },
      notes: [],
      shown: { target: '个', actual: '人次' },
    });
  });

  it('shows each unit as the user spelt it: on the value, in 度量单位, or on the other value', () => {
    expect(alignedPair({ value: 5, unit: '个工作日' }, { value: 4, unit: '' }, '').shown).toEqual({ target: '个工作日', actual: '个工作日' });
    expect(alignedPair({ value: 100, unit: '' }, { value: 80, unit: '' }, ' 名 ').shown).toEqual({ target: '名', actual: '名' });
    expect(alignedPair({ value: 100, unit: '名' }, { value: 120, unit: '人' }, '').shown).toEqual({ target: '名', actual: '人' });
    expect(alignedPair({ value: 50, unit: '万元' }, { value: 480000, unit: '元' }, '').shown).toEqual({ target: '万元', actual: '万元' });
  });
});
