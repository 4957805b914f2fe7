export { parseValue } from './parse-value';
export { parseComparator } from './parse-comparator';
export { parseAmount, type AmountResult } from './parse-amount';
export { normaliseText, trimmed } from './normalise-text';
export { formatParsedValue } from './format-value';
