import type { z } from 'zod';
import type { Locale, Scheme } from '../model';
import { fieldOfPath, SCHEME_FIELD_NAMES, SCHEME_FIELD_PATHS, type SchemeFieldPath } from './field-names';
import { schemeSchema } from './schema';
import { isSchemeRule, SCHEME_RULE_MESSAGES, zodFindingMessage } from './validation-messages';

export interface SchemeIssue {
  /** dotted path of the offending value, e.g. "grades" or "executionCaps.caps.0.rateBelow" */
  path: string;
  /** the setting (评分设置 row) the path belongs to; null for the scheme as a whole */
  field: SchemeFieldPath | null;
  /** every setting the rule ties together: one for a single setting, two for a combination */
  involves: SchemeFieldPath[];
  message: Record<Locale, string>;
}

export type SchemeValidation = { ok: true; scheme: Scheme } | { ok: false; issues: SchemeIssue[] };

/** Checks anything (a parsed 评分设置 sheet, saved settings, JSON) against the Scheme rules; never throws. */
export function validateScheme(candidate: unknown): SchemeValidation {
  const result = schemeSchema.safeParse(candidate);
  if (result.success) return { ok: true, scheme: result.data };
  return { ok: false, issues: result.error.issues.map(toSchemeIssue) };
}

type ZodIssue = z.core.$ZodIssue;

function toSchemeIssue(issue: ZodIssue): SchemeIssue {
  const path = issue.path.map(String).join('.');
  const field = fieldOfPath(issue.path);
  const involves = involvedFields(issue, field);
  const fieldName = field ? SCHEME_FIELD_NAMES[field] : null;
  if (isSchemeRule(issue.message) && fieldName) {
    return { path, field, involves, message: SCHEME_RULE_MESSAGES[issue.message](fieldName) };
  }
  const finding = {
    code: issue.code,
    message: issue.message,
    expected: 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : undefined,
    keys: 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.map(String) : undefined,
  };
  return { path, field, involves, message: zodFindingMessage(finding, fieldName, path) };
}

function involvedFields(issue: ZodIssue, field: SchemeFieldPath | null): SchemeFieldPath[] {
  const declared = issue.code === 'custom' ? issue.params?.involves : undefined;
  if (Array.isArray(declared)) {
    return declared.filter((p): p is SchemeFieldPath => (SCHEME_FIELD_PATHS as readonly unknown[]).includes(p));
  }
  return field ? [field] : [];
}
