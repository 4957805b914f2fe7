import { isCellError, type BudgetRow, type MoneyUnit, type RawCell, type Warning } from '../model';
import { roundHalfUp } from '../numbers/round';
import { parseAmount } from '../parsing';
import { shiftDecimal } from '../scoring/unit-alignment';
import { createWarning } from '../warnings/catalogue';
import { AMOUNT_FIELDS, lineName, locationOf, type AmountField, type BudgetLine } from './budget-line';

/** Reads the figures of one row; an unreadable cell is an error on that cell and counts as blank. */
export function readBudgetLine(row: BudgetRow): { line: BudgetLine; warnings: Warning[] } {
  const name = lineName(row);
  const warnings: Warning[] = [];
  const figures: Record<AmountField, number | null> = { initial: null, adjusted: null, executed: null, points: null, lastYear: null };
  let exactFigures: Record<AmountField, number | null> | undefined;
  for (const field of AMOUNT_FIELDS) {
    const { value, exact, warning } = readFigure(row, field, name);
    if (warning) warnings.push(warning);
    figures[field] = value;
    if (exact !== value) (exactFigures ??= { ...figures })[field] = exact;
    else if (exactFigures) exactFigures[field] = value;
  }
  return { line: exactFigures ? { row, name, figures, exactFigures } : { row, name, figures }, warnings };
}

interface Figure {
  value: number | null;
  /** the value before rounding in conversion (see inTenThousands) */
  exact: number | null;
  warning: Warning | null;
}

function readFigure(row: BudgetRow, field: AmountField, name: string): Figure {
  const cell = row[field];
  if (cell === null) return NO_FIGURE;
  const stated = field === 'points' ? undefined : row.amountUnits?.[field]?.unit;
  const parsed = parseAmount(cell, stated);
  if (!parsed.ok && parsed.reason === 'blank') return NO_FIGURE;
  // Amounts may be negative (a refund written back); points may not.
  if (parsed.ok && !(field === 'points' && parsed.value < 0)) {
    // a figure written with 万元 is in 万元 whatever its column states
    const unit = parsed.unit === '' ? stated : parsed.unit === stated ? stated : undefined;
    if (unit === undefined) return { value: parsed.value, exact: parsed.value, warning: null };
    const exact = inTenThousands(parsed.value, unit);
    return { value: TO_TEN_THOUSANDS[unit] < 0 ? roundHalfUp(exact, 2) : exact, exact, warning: null };
  }
  const reason = parsed.ok ? 'negativePoints' : parsed.reason;
  const params = { line: name, field, text: cellText(cell), reason };
  return { value: null, exact: null, warning: createWarning('BUDGET_VALUE_UNREADABLE', locationOf(row, field), params) };
}

const NO_FIGURE: Figure = { value: null, exact: null, warning: null };

/** powers of ten from a unit to 万元 */
const TO_TEN_THOUSANDS: Record<MoneyUnit, number> = { 元: -4, 千元: -1, 万元: 0, 亿元: 4 };

/**
 * An amount in 万元, on the decimals typed. 元 and 千元 are then rounded half up to two decimals (by
 * readFigure), as a report in 万元 gives them: 25,800,000.50 元 is 2,580 万元, not 2,580.00005; the
 * sums are checked on the figures before rounding (BudgetLine.exactFigures).
 */
function inTenThousands(value: number, unit: MoneyUnit): number {
  const exponent = TO_TEN_THOUSANDS[unit];
  return exponent === 0 ? value : shiftDecimal(value, exponent);
}

function cellText(cell: RawCell): string {
  if (cell.value === null) return '';
  return isCellError(cell.value) ? cell.value.error : String(cell.value);
}
