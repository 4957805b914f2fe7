/**
 * Saving the settings form without undoing edits made in the 评分设置 sheet meanwhile: only the
 * settings changed in the form are written over what the sheet holds now, one sheet row at a time.
 */
import type { Scheme } from '../../domain/model';
import { SCHEME_FIELD_PATHS, type SchemeFieldPath } from '../../domain/scheme/field-names';
import { validateScheme } from '../../domain/scheme/validate';

export type SchemeMerge = { ok: true; scheme: Scheme } | { ok: false; conflicts: SchemeFieldPath[] };

/** The settings whose values differ between two schemes. */
export function changedSettings(from: Scheme, to: Scheme): SchemeFieldPath[] {
  return SCHEME_FIELD_PATHS.filter((path) => !sameValue(valueAt(from, path), valueAt(to, path)));
}

/**
 * `basis` is what the form was loaded from, `edited` what the user saves, `current` what the sheet
 * holds now. A setting changed both in the form and in the sheet, to different values, is a conflict;
 * so are settings changed on either side that together break a rule tying them (the form turns caps
 * on while the sheet's caps were emptied): written, the sheet would read back as defaults, not as the
 * scheme the form shows.
 */
export function mergeSchemeEdits(basis: Scheme, edited: Scheme, current: Scheme): SchemeMerge {
  const edits = changedSettings(basis, edited);
  const conflicts = edits.filter(
    (path) => !sameValue(valueAt(current, path), valueAt(basis, path)) && !sameValue(valueAt(current, path), valueAt(edited, path)),
  );
  if (conflicts.length > 0) return { ok: false, conflicts };
  const merged = edits.reduce((scheme, path) => withValueAt(scheme, path, valueAt(edited, path)), current);
  const validation = validateScheme(merged);
  if (validation.ok) return { ok: true, scheme: merged };
  const involved = new Set(validation.issues.flatMap((issue) => issue.involves));
  const changed = [...new Set([...edits, ...changedSettings(basis, current)])];
  const named = changed.filter((path) => involved.has(path));
  return { ok: false, conflicts: named.length > 0 ? named : changed };
}

function valueAt(scheme: Scheme, path: SchemeFieldPath): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], scheme);
}

function withValueAt(scheme: Scheme, path: SchemeFieldPath, value: unknown): Scheme {
  const [head, leaf] = path.split('.');
  if (leaf === undefined) return { ...scheme, [head]: value };
  const parent = (scheme as unknown as Record<string, Record<string, unknown>>)[head];
  return { ...scheme, [head]: { ...parent, [leaf]: value } };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
