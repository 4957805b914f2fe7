/**
 * Tolerant header matching: users type headers with full-width characters, spaces, line breaks
 * ("年度\n指标值"), required-field stars and suffixes such as "（A）" or "（万元）".
 */

const TRAILING_BRACKETED = /[([【][^()[\]【】]*[)\]】]$/;

/**
 * Normalised texts already worked out. Detection asks about the same few header texts many times (every
 * row of each sheet's first rows, for each of the four tables, alone and as two-row headers), and
 * NFKC with the regular expressions below cost about a microsecond a text; the cache is emptied when
 * full, so a long session in the pane keeps it small.
 */
const normalised = new Map<string, string>();
const NORMALISED_KEPT = 4_096;

export function normaliseHeaderText(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const result = normalise(text);
  if (normalised.size >= NORMALISED_KEPT) normalised.clear();
  normalised.set(text, result);
  return result;
}

function normalise(text: string): string {
  let result = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  result = result.replace(/^[*★※]+/, '').replace(/[:：]+$/, '');
  let previous = '';
  while (previous !== result) {
    previous = result;
    result = result.replace(TRAILING_BRACKETED, '').replace(/[:：]+$/, '');
  }
  return result;
}

const LABEL_PUNCTUATION = /[、，,.。·:："“”'‘’「」]/g;
const ANY_BRACKETED = /[([【][^()[\]【】]*[)\]】]/g;

/**
 * Item labels of key/value tables (基本信息): also drops brackets anywhere ("部门（单位）名称") and
 * punctuation ("机构、人员情况").
 */
export function normaliseLabelText(text: string): string {
  return normaliseHeaderText(text).replace(ANY_BRACKETED, '').replace(LABEL_PUNCTUATION, '');
}
