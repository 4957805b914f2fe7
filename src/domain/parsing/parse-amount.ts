import { isCellError, type MoneyUnit, type ParseNote, type RawCell, type UnreadableReason } from '../model';
import { isExcelErrorText, lookUpLabel } from './labels';
import { normaliseTextDetailed } from './normalise-text';
import { scanQuantity } from './quantity';

/**
 * Why an amount was refused, beyond the parser's reasons: yuanUnit (980,000元, 1亿元: money, but not in
 * 万元) and approximate (约100, 100左右: a hedge where an account figure belongs) each ask for a
 * different fix, so they are told apart from an unknown unit.
 */
export type AmountUnreadableReason = UnreadableReason | 'yuanUnit';

/** unit: the money unit the cell itself wrote after its figure ('' for none, or 分 / 万 written there) */
export type AmountResult = { ok: true; value: number; unit: string; notes: ParseNote[] } | { ok: false; reason: AmountUnreadableReason | 'blank' };

/** words that make a figure an estimate, wherever they stand: 约100, 大约100, 近100, 100左右, 100余 */
const APPROXIMATE = /约|左右|上下|大概|将近|^近|余|多/;

/**
 * Units an amount may carry: 分 for 分值 and 自评得分, 万元 (the tables' unit) for budget figures.
 * 元 and 亿元 are refused rather than rescaled: 189.4元 in a 万元 column is a mistake to show the user,
 * not a number to divide by ten thousand behind their back. In a column whose table states its unit
 * (全年预算数（元）) that unit is read too, as the caller asked (`statedUnit`).
 */
const AMOUNT_UNITS = new Set(['', '分', '万元', '万']);

/** Reads 分值, 自评得分 and budget amounts (万元, or `statedUnit`): 10, "1,029.2", "１０分", "189.4万元". */
export function parseAmount(raw: RawCell, statedUnit?: MoneyUnit): AmountResult {
  const value = raw?.value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'invalidNumber' };
    return { ok: true, value: value === 0 ? 0 : value, unit: '', notes: [] };
  }
  if (value === null || value === undefined) return { ok: false, reason: 'blank' };
  if (typeof value === 'boolean') return { ok: false, reason: 'noNumber' };
  if (typeof value !== 'string') return { ok: false, reason: isCellError(value) ? 'errorValue' : 'noNumber' };

  const { text, fullWidth } = normaliseTextDetailed(value);
  if (text === '') return { ok: false, reason: 'blank' };
  const scan = scanQuantity(text);
  if (!scan.ok) {
    // "—" or "/" in an amount column is the accountant's way of leaving it empty.
    if (scan.reason === 'noNumber') {
      if (lookUpLabel(text)?.kind === 'notApplicable') return { ok: false, reason: 'blank' };
      if (isExcelErrorText(text)) return { ok: false, reason: 'errorValue' };
    }
    return { ok: false, reason: refinedReason(text, scan.reason) };
  }
  // a note beside an account figure (189.4万元（含结转）) may qualify it: the figure alone is asked for
  if (scan.ignored !== '') return { ok: false, reason: 'textAfterNumber' };
  if (scan.comparator !== null || !(AMOUNT_UNITS.has(scan.unit) || scan.unit === statedUnit)) return { ok: false, reason: refinedReason(text, 'unknownUnit', scan.unit) };
  const notes: ParseNote[] = [];
  if (fullWidth) notes.push('fullWidthNormalised');
  if (scan.thousandsSeparator) notes.push('thousandsSeparator');
  return { ok: true, value: scan.value, unit: scan.unit, notes };
}

function refinedReason(text: string, reason: UnreadableReason, unit = ''): AmountUnreadableReason {
  if (reason !== 'unknownUnit' && reason !== 'textBeforeNumber' && reason !== 'textAfterNumber') return reason;
  if (APPROXIMATE.test(text)) return 'approximate';
  return unit.endsWith('元') ? 'yuanUnit' : reason;
}
