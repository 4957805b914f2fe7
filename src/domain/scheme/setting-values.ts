import Big from 'big.js';
import { isCellError, type ExecutionCap, type GradeBand, type Locale, type RawCell } from '../model';
import { normaliseText } from '../parsing';

/**
 * Reading and writing the 值 column of the 评分设置 sheet. A value arrives as a number (maybe with a %
 * number format), as text a person typed ("90%", "是", "比例法", "90:优; 80:良"), or as TRUE/FALSE.
 * Readers never throw: what they cannot read comes back with what was expected, for the message.
 */

export type SettingRead<T> = { ok: true; value: T } | { ok: false; expected: Record<Locale, string> };

const fail = <T>(zh: string, en: string): SettingRead<T> => ({ ok: false, expected: { 'zh-CN': zh, 'en-US': en } });

/** The cell as text with full-width forms folded (１００％ → 100%, ： → :), or null when blank. */
export function settingText(cell: RawCell): string | null {
  const { value } = cell;
  if (value === null || isCellError(value)) return null;
  const text = normaliseText(String(value));
  return text === '' ? null : text;
}

export function isBlankSetting(cell: RawCell): boolean {
  return !isCellError(cell.value) && settingText(cell) === null;
}

const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

function hasPercentFormat(cell: RawCell): boolean {
  // A % inside quotes or after a backslash is a literal, not a percent format.
  const format = (cell.numberFormat ?? '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return format.includes('%');
}

/** A unit a number may be typed with: the setting's own unit, or another one converted to it (元 → 万元). */
export type UnitSuffix = string | { suffix: string; divisor: number };

/** `unitSuffixes` are tried in order, so a longer unit goes before the one it ends with (万元 before 元). */
export function readNumber(cell: RawCell, unitSuffixes: readonly UnitSuffix[] = []): SettingRead<number> {
  const expected = fail<number>('数字，如 100', 'a number, e.g. 100');
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? { ok: true, value: cell.value } : expected;
  if (typeof cell.value !== 'string') return expected;
  let text = settingText(cell) ?? '';
  const unit = unitSuffixes.map((u) => (typeof u === 'string' ? { suffix: u, divisor: 1 } : u)).find((u) => text.endsWith(u.suffix));
  if (unit) text = text.slice(0, -unit.suffix.length).trim();
  if (!DECIMAL.test(text)) return expected;
  return { ok: true, value: unit && unit.divisor !== 1 ? new Big(text).div(unit.divisor).toNumber() : Number(text) };
}

/**
 * A percentage as a ratio (90% → 0.9). A number with a % format or text with % is unambiguous. A bare
 * number is a ratio up to `bareRatioUpTo` and percentage points above it: for a rate capped at 100% the
 * bound is 1, so 0.9 and 90 both mean 90%; for the over-achievement threshold it is 10, so 1.3 and 130
 * both mean 130%.
 */
export function readPercent(cell: RawCell, bareRatioUpTo: number): SettingRead<number> {
  const expected = fail<number>('百分比，如 90%', 'a percentage, e.g. 90%');
  const fromBare = (n: number) => (n > bareRatioUpTo ? new Big(n).div(100).toNumber() : n);
  if (typeof cell.value === 'number') {
    if (!Number.isFinite(cell.value)) return expected;
    return { ok: true, value: hasPercentFormat(cell) ? cell.value : fromBare(cell.value) };
  }
  if (typeof cell.value !== 'string') return expected;
  const text = (settingText(cell) ?? '').replace(/\s+/g, '');
  if (text.endsWith('%') && DECIMAL.test(text.slice(0, -1))) {
    return { ok: true, value: new Big(text.slice(0, -1)).div(100).toNumber() };
  }
  return DECIMAL.test(text) ? { ok: true, value: fromBare(Number(text)) } : expected;
}

const YES = ['是', '启用', '开启', 'yes', 'y', 'true', '1'];
const NO = ['否', '不启用', '停用', '关闭', 'no', 'n', 'false', '0'];

export function readYesNo(cell: RawCell): SettingRead<boolean> {
  if (typeof cell.value === 'boolean') return { ok: true, value: cell.value };
  const text = typeof cell.value === 'string' || typeof cell.value === 'number' ? settingText(cell)?.toLowerCase() : undefined;
  if (text !== undefined && YES.includes(text)) return { ok: true, value: true };
  if (text !== undefined && NO.includes(text)) return { ok: true, value: false };
  return fail('“是”或“否”', 'yes or no');
}

export interface SettingChoice<T> {
  value: T;
  /** the word the template writes */
  label: string;
  /** other words that mean the same */
  synonyms: readonly string[];
}

export function readChoice<T>(cell: RawCell, choices: ReadonlyArray<SettingChoice<T>>): SettingRead<T> {
  const text = typeof cell.value === 'string' ? settingText(cell)?.toLowerCase() : undefined;
  const match = choices.find((c) => [c.label, ...c.synonyms].some((word) => word.toLowerCase() === text));
  if (match) return { ok: true, value: match.value };
  const labels = choices.map((c) => `“${c.label}”`).join('或');
  const englishLabels = choices.map((c) => c.synonyms[0] ?? c.label).join(' or ');
  return fail(labels, englishLabels);
}

export function choiceLabel<T>(choices: ReadonlyArray<SettingChoice<T>>, value: T): string {
  return choices.find((c) => c.value === value)?.label ?? String(value);
}

/**
 * Items of a band list are separated by ; , 、 or line breaks (one item a line, typed with Alt+Enter);
 * a pair by : or =. The lines are split before normalising, which folds a line break into a space.
 */
function bandItems(cell: RawCell): string[] | null {
  if (typeof cell.value !== 'string') return null;
  return cell.value
    .split(/[\r\n\u2028\u2029]+/)
    .flatMap((line) => normaliseText(line).split(/[;,、]+/))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** highest first, as the scheme holds them; equal keys stay side by side for the validation to refuse */
const descending = <T>(items: T[], key: (item: T) => number): T[] => [...items].sort((a, b) => key(b) - key(a));

const GRADE_ITEM = /^(?:≥|>=)?\s*(\d+(?:\.\d+)?)\s*分?\s*[:=]\s*(.+)$/;

export function readGradeBands(cell: RawCell): SettingRead<GradeBand[]> {
  const expected = fail<GradeBand[]>('“分数下限:等级”的列表，如 90:优; 80:良; 60:中; 0:差', 'a list of "lower bound:label", e.g. 90:A; 80:B; 60:C; 0:D');
  const items = bandItems(cell);
  if (!items || items.length === 0) return expected;
  const bands: GradeBand[] = [];
  for (const item of items) {
    const match = GRADE_ITEM.exec(item);
    if (!match) return expected;
    bands.push({ min: Number(match[1]), label: match[2].trim() });
  }
  // a list typed from the lowest band up (0:差; 60:中; …) means the same bands
  return { ok: true, value: descending(bands, (band) => band.min) };
}

/** how an empty cap list is written, so that it reads back as empty rather than as "not given" */
export const NO_CAPS = '无';
const NO_CAPS_WORDS = [NO_CAPS, 'none'];

const CAP_ITEM = /^(?:<|低于)?\s*(\d+(?:\.\d+)?)\s*(%)?\s*[:=]\s*(\d+(?:\.\d+)?)\s*分?$/;

export function readExecutionCaps(cell: RawCell): SettingRead<ExecutionCap[]> {
  const expected = fail<ExecutionCap[]>('“执行率:总分上限”的列表，如 80%:89; 70%:79', 'a list of "rate:highest total", e.g. 80%:89; 70%:79');
  if (NO_CAPS_WORDS.includes(settingText(cell)?.toLowerCase() ?? '')) return { ok: true, value: [] };
  const items = bandItems(cell);
  if (!items || items.length === 0) return expected;
  const caps: ExecutionCap[] = [];
  for (const item of items) {
    const match = CAP_ITEM.exec(item);
    if (!match) return expected;
    const rate = new Big(match[1]);
    const isPercent = match[2] === '%' || rate.gt(1);
    caps.push({ rateBelow: (isPercent ? rate.div(100) : rate).toNumber(), maxTotal: Number(match[3]) });
  }
  return { ok: true, value: descending(caps, (cap) => cap.rateBelow) };
}

/** Plain decimal notation, never 1e-7, so that what is written reads back the same. */
export function formatDecimal(value: number): string {
  return new Big(value).toFixed();
}

export function formatPercent(ratio: number): string {
  return `${new Big(ratio).times(100).toFixed()}%`;
}

export function formatYesNo(value: boolean): string {
  return value ? '是' : '否';
}

export function formatGradeBands(grades: readonly GradeBand[]): string {
  return grades.map((g) => `${formatDecimal(g.min)}:${g.label}`).join('; ');
}

export function formatExecutionCaps(caps: readonly ExecutionCap[]): string {
  if (caps.length === 0) return NO_CAPS;
  return caps.map((c) => `${formatPercent(c.rateBelow)}:${formatDecimal(c.maxTotal)}`).join('; ');
}
