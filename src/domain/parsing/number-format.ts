import type { Comparator } from '../model';
import { normaliseText } from './normalise-text';
import { readLeadingOperator, readTrailingOperator } from './operator-words';
import { isUsableUnit } from './quantity';

/**
 * What an Excel number format code says about a number cell: shown as a percentage (the stored 0.95 is
 * displayed 95%), shown as a date (the stored serial is a day), shown as a month (a date format with no
 * day in it, yyyy"年"m"月": the serial's day is not what the user sees), or shown as a plain number.
 * Only the first section (positive numbers) is read; quoted text ("%"), escaped characters (\%) and
 * bracketed parts ([Red], [$-804], [DBNum1]) are literal and never change the kind.
 */
export type NumberFormatKind = 'plain' | 'percent' | 'date' | 'month';

/** Workbooks use a handful of formats; the bound only keeps hostile input from growing the cache. */
const CACHE_LIMIT = 512;

/** `read`, remembered per format code (every row of a column shares its format). */
function rememberedByFormat<T>(read: (format: string) => T): (format: string) => T {
  const cache = new Map<string, T>();
  return (format) => {
    const known = cache.get(format);
    if (known !== undefined) return known;
    const value = read(format);
    if (cache.size < CACHE_LIMIT) cache.set(format, value);
    return value;
  };
}

const classifyRemembered = rememberedByFormat(classify);

export function classifyNumberFormat(format: string | undefined): NumberFormatKind {
  if (format === undefined || format === '' || format === 'General' || format === '@') return 'plain';
  return classifyRemembered(format);
}

function classify(format: string): NumberFormatKind {
  const code = firstSectionWithoutLiterals(format);
  if (code.includes('%')) return 'percent';
  if (/d/i.test(code)) return 'date';
  if (/y/i.test(code)) return 'month';
  // m alone is a month; beside h or s it is minutes, i.e. a time of day, not a date
  if (/m/i.test(code) && !/[hs]/i.test(code)) return 'month';
  return 'plain';
}

const ELAPSED_TIME = /^(?:h+|m+|s+)$/i;

function firstSectionWithoutLiterals(format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === ';') break;
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      if (end < 0) break;
      // [h], [mm], [ss] are elapsed time: keep an h so that a following mm reads as minutes
      if (ELAPSED_TIME.test(format.slice(i + 1, end))) out += 'h';
      i = end;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++; // \x is a literal x; _x pads the width of x; *x repeats x
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * What the quoted (or escaped) text of a format's first section adds to the number it shows: a
 * direction before it ("≤"0% shows 0.05 as ≤5%) and a unit or direction word after it (0"个",
 * 0"%" shows 95 as 95%, 0%"以上"). Text that is neither is display only and left alone.
 */
export interface FormatLiterals {
  comparator: Comparator | null;
  unit: string;
}

const NO_LITERALS: FormatLiterals = { comparator: null, unit: '' };
const literalsRemembered = rememberedByFormat(readLiterals);

export function numberFormatLiterals(format: string | undefined): FormatLiterals {
  if (format === undefined || (!format.includes('"') && !format.includes('\\'))) return NO_LITERALS;
  return literalsRemembered(format);
}

function readLiterals(format: string): FormatLiterals {
  let prefix = '';
  let suffix = '';
  let seenDigit = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === ';') break;
    let literal = '';
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) return NO_LITERALS;
      literal = format.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      literal = format.charAt(++i);
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      if (end < 0) return NO_LITERALS;
      i = end;
    } else if (c === '_' || c === '*') {
      i++;
    } else if (c === '0' || c === '#' || c === '?') {
      // text between the digits ("0"年"00") is not around the number: nothing to read
      if (suffix !== '') return NO_LITERALS;
      seenDigit = true;
    }
    if (literal !== '') {
      if (seenDigit) suffix += literal;
      else prefix += literal;
    }
  }
  if (!seenDigit) return NO_LITERALS;
  prefix = normaliseText(prefix).replace(/ /g, '');
  suffix = normaliseText(suffix).replace(/ /g, '');
  let comparator: Comparator | null = null;
  if (prefix !== '') {
    const lead = readLeadingOperator(prefix, 0);
    if (lead !== null && lead.length === prefix.length) comparator = lead.comparator;
  }
  const trail = suffix === '' ? null : readTrailingOperator(suffix);
  if (trail !== null) {
    if (comparator !== null && comparator !== trail.comparator) return NO_LITERALS;
    comparator = trail.comparator;
    suffix = suffix.slice(0, suffix.length - trail.length);
  }
  const unit = suffix !== '' && isUsableUnit(suffix) ? suffix : '';
  return comparator === null && unit === '' ? NO_LITERALS : { comparator, unit };
}
