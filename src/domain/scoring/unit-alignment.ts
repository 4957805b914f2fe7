import { trimmed } from '../parsing/normalise-text';

/** A number with its unit, as scoring compares it (percentages in percentage points: 95% → 95). */
export interface Amount {
  value: number;
  unit: string;
}

export type Interpretation =
  | 'bareActualAsPercent' // 95 beside ≥95% → 95%
  | 'fractionActualAsPercent' // 0.95 beside ≥95% → 95%
  | 'bareTargetAsPercent' // target 95 beside an actual of 96% → 95%
  | 'fractionTargetAsPercent'; // target 0.95 beside an actual of 96% → 95%

export type UnitAlignment =
  | {
      kind: 'aligned';
      target: Amount;
      actual: Amount;
      interpretations: Interpretation[];
      /** set when the units differed and the actual was converted (万元 vs 元) */
      converted: { from: string; to: string } | null;
    }
  | { kind: 'incompatible'; targetUnit: string; actualUnit: string };

/** Different spellings of one unit: no warning, they are the same thing. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['日', '天'],
  ['个工作日', '工作日'],
  ['场次', '场'],
  ['名', '人'],
  ['位', '人'],
  ['个月', '月'],
  ['％', '%'],
]);

/** Money units as powers of ten of 元: a mismatch among them is converted exactly, and said. */
const MONEY_EXPONENT: ReadonlyMap<string, number> = new Map([
  ['元', 0],
  ['千元', 3],
  ['万元', 4],
  ['亿元', 8],
]);

/** 万 and 亿 written without 元: money when the other side is (≥1万元 against 1.2万). */
const BARE_MONEY: ReadonlyMap<string, string> = new Map([
  ['万', '万元'],
  ['亿', '亿元'],
]);

/** Rows of a table repeat their units: the last answer is kept. */
let lastUnit = '';
let lastCanonical = '';

export function canonicalUnit(unit: string): string {
  if (unit !== lastUnit) {
    const text = trimmed(unit);
    lastCanonical = SYNONYMS.get(text) ?? text;
    lastUnit = unit;
  }
  return lastCanonical;
}

/** value × 10^exponent on the decimal the user typed (0.57 × 100 is 57, not 56.99999999999999). */
export function shiftDecimal(value: number, exponent: number): number {
  const scaled = value * 10 ** exponent;
  // Most shifts land on a whole number (0.95 → 95). The product's binary error is at most 1.5 units in
  // the last place; within 2 of a whole number below 1e15, the 15 significant digits below round to it
  // as well (half a unit of the 15th digit is more than 2 units in the last place), so the trip through
  // a string is skipped. 4 would be too many: −6.05e14 shifted lands 0.44 off a whole number.
  const whole = Math.round(scaled);
  if (Math.abs(scaled - whole) <= 2 * Number.EPSILON * Math.abs(scaled) && Math.abs(whole) < 1e15) return whole + 0; // + 0: no −0
  return Number(scaled.toPrecision(15));
}

/**
 * Puts target and actual in one unit before they are compared, or says they cannot be.
 *
 * - A number without a unit takes the unit of the 度量单位 column, else the other value's unit.
 * - Beside a percentage, a bare number is read as a percentage (95 → 95%); a bare fraction is read as a
 *   share (0.95 → 95%) when it is at most 1 while the other value is above 1. Both are interpretations
 *   the user sees. A target of 1% beside an actual of 0.5 stays 0.5%: no rule can tell those apart.
 * - Money units (元, 千元, 万元, 亿元) are converted exactly; the conversion is reported. 万 or 亿 beside
 *   a money unit is money too (1.2万 beside ≥1万元 is 1.2万元).
 * - Any other pair of different units (个 vs 人次, % vs 个) is incompatible: comparing the numbers would
 *   give a score that means nothing, so the indicator is not scored.
 */
export function alignUnits(target: Amount, actual: Amount, unitColumn: string): UnitAlignment {
  const column = canonicalUnit(unitColumn);
  const interpretations: Interpretation[] = [];
  let targetValue = target.value;
  let actualValue = actual.value;
  let targetUnit = canonicalUnit(target.unit);
  let actualUnit = canonicalUnit(actual.unit);

  if (targetUnit === '%' && actualUnit === '') {
    if (actualValue > 0 && actualValue <= 1 && targetValue > 1) {
      actualValue = shiftDecimal(actualValue, 2);
      interpretations.push('fractionActualAsPercent');
    } else if (column !== '%') {
      interpretations.push('bareActualAsPercent');
    }
    actualUnit = '%';
  } else if (actualUnit === '%' && targetUnit === '') {
    if (targetValue > 0 && targetValue <= 1 && actualValue > 1) {
      targetValue = shiftDecimal(targetValue, 2);
      interpretations.push('fractionTargetAsPercent');
    } else if (column !== '%') {
      interpretations.push('bareTargetAsPercent');
    }
    targetUnit = '%';
  }

  if (targetUnit === '') targetUnit = column !== '' ? column : actualUnit;
  if (actualUnit === '') actualUnit = targetUnit;
  // The column can make a bare fraction a percentage too: 0.95 in a row whose 度量单位 is %.
  if (targetUnit === '%' && trimmed(actual.unit) === '' && column === '%' && actualValue > 0 && actualValue <= 1 && targetValue > 1) {
    actualValue = shiftDecimal(actualValue, 2);
    interpretations.push('fractionActualAsPercent');
  }

  if (targetUnit !== actualUnit) {
    if (MONEY_EXPONENT.has(actualUnit)) targetUnit = BARE_MONEY.get(targetUnit) ?? targetUnit;
    if (MONEY_EXPONENT.has(targetUnit)) actualUnit = BARE_MONEY.get(actualUnit) ?? actualUnit;
  }
  if (targetUnit === actualUnit) {
    return { kind: 'aligned', target: { value: targetValue, unit: targetUnit }, actual: { value: actualValue, unit: actualUnit }, interpretations, converted: null };
  }
  const targetExponent = MONEY_EXPONENT.get(targetUnit);
  const actualExponent = MONEY_EXPONENT.get(actualUnit);
  if (targetExponent !== undefined && actualExponent !== undefined) {
    return {
      kind: 'aligned',
      target: { value: targetValue, unit: targetUnit },
      actual: { value: shiftDecimal(actualValue, actualExponent - targetExponent), unit: targetUnit },
      interpretations,
      converted: { from: actualUnit, to: targetUnit },
    };
  }
  return { kind: 'incompatible', targetUnit, actualUnit };
}
