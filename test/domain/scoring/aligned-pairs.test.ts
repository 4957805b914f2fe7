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
    });
  });
});
