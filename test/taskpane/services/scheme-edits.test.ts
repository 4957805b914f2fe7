import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { changedSettings, mergeSchemeEdits } from '../../../src/taskpane/services/scheme-edits';

const stricter = { ...DEFAULT_SCHEME, grades: DEFAULT_SCHEME.grades.map((band, index) => (index === 0 ? { ...band, min: 96 } : band)) };

describe('merging the settings form with the sheet', () => {
  it('names the settings that differ, one sheet row each', () => {
    const edited = { ...stricter, overAchievement: { ...DEFAULT_SCHEME.overAchievement, deductionPoints: 3.5 } };
    expect(changedSettings(DEFAULT_SCHEME, edited)).toEqual(['overAchievement.deductionPoints', 'grades']);
    expect(changedSettings(DEFAULT_SCHEME, { ...DEFAULT_SCHEME, grades: DEFAULT_SCHEME.grades.map((band) => ({ ...band })) })).toEqual([]);
  });

  it('writes the form’s changes over the sheet’s, keeping other settings changed in the sheet', () => {
    const edited = { ...DEFAULT_SCHEME, reverseFormula: 'linear' as const };
    const merged = mergeSchemeEdits(DEFAULT_SCHEME, edited, stricter);
    expect(merged).toEqual({ ok: true, scheme: { ...stricter, reverseFormula: 'linear' } });
  });

  it('merges within a group: the sheet’s threshold stays beside the form’s deduction switch', () => {
    const sheet = { ...DEFAULT_SCHEME, overAchievement: { ...DEFAULT_SCHEME.overAchievement, threshold: 1.5 } };
    const edited = { ...DEFAULT_SCHEME, overAchievement: { ...DEFAULT_SCHEME.overAchievement, deductionEnabled: true } };
    const merged = mergeSchemeEdits(DEFAULT_SCHEME, edited, sheet);
    expect(merged.ok && merged.scheme.overAchievement).toEqual({ ...DEFAULT_SCHEME.overAchievement, threshold: 1.5, deductionEnabled: true });
  });

  it('refuses when the same setting changed in both places to different values', () => {
    const edited = { ...DEFAULT_SCHEME, grades: DEFAULT_SCHEME.grades.map((band, index) => (index === 0 ? { ...band, min: 92 } : band)) };
    expect(mergeSchemeEdits(DEFAULT_SCHEME, edited, stricter)).toEqual({ ok: false, conflicts: ['grades'] });
    expect(mergeSchemeEdits(DEFAULT_SCHEME, stricter, stricter)).toEqual({ ok: true, scheme: stricter });
  });

  it('refuses a merge that breaks a rule tying two settings: caps switched on in the form, emptied in the sheet', () => {
    const sheet = { ...DEFAULT_SCHEME, executionCaps: { enabled: false, caps: [] } };
    const edited = { ...DEFAULT_SCHEME, executionCaps: { ...DEFAULT_SCHEME.executionCaps, enabled: true } };
    expect(mergeSchemeEdits(DEFAULT_SCHEME, edited, sheet)).toEqual({ ok: false, conflicts: ['executionCaps.enabled', 'executionCaps.caps'] });
  });
});

