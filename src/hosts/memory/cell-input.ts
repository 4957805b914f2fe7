/**
 * What Excel makes of a value written to `range.values` or `range.formulas`, as if typed into the
 * cell. This is the behaviour the add-in must never trip over: a string starting with "=" (or "+"/"-"
 * and not a number) becomes a formula, "12" becomes a number, "#N/A" an error — unless the cell is
 * formatted as Text ("@") or the string starts with an apostrophe (stored as text, apostrophe dropped).
 * Two more starts are taken as formulas, the harmful reading where Excel's documentation is silent:
 * "@" (Excel's typed entry reads "@SUM(A1:A3)" as =SUM(A1:A3), the Lotus form of a function, and
 * spreadsheet-injection advice lists "@" beside = + -), and the full-width "＝" a Chinese or Japanese
 * input method types (Excel's CJK builds take "＝１＋１" typed into a cell for =1+1).
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member — "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this
 * value as a formula."
 */
import type { CellError, CellScalar } from '../../domain/model';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

export const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'] as const;

export type CellContent =
  | { kind: 'blank' }
  | {
      kind: 'constant';
      value: Exclude<CellScalar, null> | CellError;
      quotePrefix: boolean;
      /** the number format Excel gives a General cell when it reads "12%" */
      impliedFormat?: string;
    }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/** `numberFormat` is the cell's format at the time of writing (Text keeps strings as they are) */
export function interpretInput(input: unknown, numberFormat: string): CellContent {
  if (input === '' || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'constant', value: input, quotePrefix: false } : { kind: 'constant', value: { error: '#NUM!' }, quotePrefix: false };
  if (typeof input === 'boolean') return { kind: 'constant', value: input, quotePrefix: false };
  const text = String(input);
  if (numberFormat === TEXT_FORMAT) return { kind: 'constant', value: text, quotePrefix: false };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return rest === '' ? { kind: 'blank' } : { kind: 'constant', value: rest, quotePrefix: true };
  }
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (NUMBER.test(text)) return { kind: 'constant', value: Number(text), quotePrefix: false };
  if (PERCENT.test(text)) return { kind: 'constant', value: Number(text.slice(0, -1)) / 100, quotePrefix: false, impliedFormat: '0%' };
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return { kind: 'formula', formula: `=${text}` };
  if ((text.startsWith('@') || text.startsWith('＝')) && text.length > 1) return { kind: 'formula', formula: `=${text.slice(1)}` };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'constant', value: upper === 'TRUE', quotePrefix: false };
  const error = ERROR_LITERALS.find((literal) => literal === upper);
  if (error) return { kind: 'constant', value: { error }, quotePrefix: false };
  return { kind: 'constant', value: text, quotePrefix: false };
}
