import type { Scheme } from '../../domain/model';
import { validateScheme } from '../../domain/scheme/validate';

/** The settings an option's switch disables or hides when turned off. */
export type SwitchedOffValues = 'overAchievement.deductionPoints' | 'executionCaps.caps';

/**
 * The draft after an option is switched off: values of `setting` left invalid go back to those of the
 * scheme the form was loaded from. Switched off, the 扣分 field is disabled and the caps are hidden, so
 * the user could no longer correct them, and the whole form could not be saved.
 */
export function withValidSwitchedOffValues(draft: Scheme, basis: Scheme, setting: SwitchedOffValues): Scheme {
  const validation = validateScheme(draft);
  if (validation.ok || !validation.issues.some((issue) => issue.path === setting || issue.path.startsWith(`${setting}.`))) return draft;
  return setting === 'overAchievement.deductionPoints'
    ? { ...draft, overAchievement: { ...draft.overAchievement, deductionPoints: basis.overAchievement.deductionPoints } }
    : { ...draft, executionCaps: { ...draft.executionCaps, caps: basis.executionCaps.caps } };
}
