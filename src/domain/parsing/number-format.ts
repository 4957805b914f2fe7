/**
 * What an Excel number format code says about a number cell: shown as a percentage (the stored 0.95 is
 * displayed 95%), shown as a date (the stored serial is a day), shown as a month (a date format with no
 * day in it, yyyy"年"m"月": the serial's day is not what the user sees), or shown as a plain number.
 * Only the first section (positive numbers) is read; quoted text ("%"), escaped characters (\%) and
 * bracketed parts ([Red], [$-804], [DBNum1]) are literal and never change the kind.
 */
export type NumberFormatKind = 'plain' | 'percent' | 'date' | 'month';

const cache = new Map<string, NumberFormatKind>();
/** Workbooks use a handful of formats; the bound only keeps hostile input from growing the cache. */
const CACHE_LIMIT = 512;

export function classifyNumberFormat(format: string | undefined): NumberFormatKind {
  if (format === undefined || format === '' || format === 'General' || format === '@') return 'plain';
  const known = cache.get(format);
  if (known !== undefined) return known;
  const kind = classify(format);
  if (cache.size < CACHE_LIMIT) cache.set(format, kind);
  return kind;
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
