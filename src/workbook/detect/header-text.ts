/**
 * Tolerant header matching: users type headers with full-width characters, spaces, line breaks
 * ("年度\n指标值"), required-field stars and suffixes such as "（A）" or "（万元）".
 */

const TRAILING_BRACKETED = /[([【][^()[\]【】]*[)\]】]$/;

export function normaliseHeaderText(text: string): string {
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
