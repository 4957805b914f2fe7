import { isCellError, type BudgetRow, type MoneyUnit, type RawCell, type Warning } from '../model';
import { roundHalfUp } from '../numbers/round';
import { parseAmount } from '../parsing';
import { shiftDecimal } from '../scoring/unit-alignment';
import { createWarning } from '../warnings/catalogue';
import { lineName, locationOf, type AmountField, type BudgetLine } from './budget-line';

/** Reads the figures of one row; an unreadable cell is an error on that cell and counts as blank. */
export function readBudgetLine(row: BudgetRow): { line: BudgetLine; warnings: Warning[] } {
  const name = lineName(row);
  const warnings: Warning[] = [];
  const read = (field: AmountField): number | null => {
    const { value, warning } = readFigure(row, field, name);
    if (warning) warnings.push(warning);
    return value;
  };
  const figures = {
    initial: read('initial'),
    adjusted: read('adjusted'),
    executed: read('executed'),
    points: read('points'),
    lastYear: read('lastYear'),
  };
  return { line: { row, name, figures }, warnings };
}

function readFigure(row: BudgetRow, field: AmountField, name: string): { value: number | null; warning: Warning | null } {
  const cell = row[field];
  if (cell === null) return { value: null, warning: null };
  const stated = field === 'points' ? undefined : row.amountUnits?.[field]?.unit;
  const parsed = parseAmount(cell, stated);
  if (!parsed.ok && parsed.reason === 'blank') return { value: null, warning: null };
  // Amounts may be negative (a refund written back); points may not.
  if (parsed.ok && !(field === 'points' && parsed.value < 0)) {
    // a figure written with 万元 is in 万元 whatever its column states
    const unit = parsed.unit === '' ? stated : parsed.unit === stated ? stated : undefined;
    return { value: unit === undefined ? parsed.value : inTenThousands(parsed.value, unit), warning: null };
  }
  const reason = parsed.ok ? 'negativePoints' : parsed.reason;
  const params = { line: name, field, text: cellText(cell), reason };
  return { value: null, warning: createWarning('BUDGET_VALUE_UNREADABLE', locationOf(row, field), params) };
}

/** powers of ten from a unit to 万元 */
const TO_TEN_THOUSANDS: Record<MoneyUnit, number> = { 元: -4, 千元: -1, 万元: 0, 亿元: 4 };

/**
 * 元 and 千元 are converted to 万元 rounded half up to two decimals, as a report in 万元 gives them:
 * 25,800,000.50 元 is 2,580 万元, not 2,580.00005. The parts checks still pass on a table that adds
 * up in 元: a whole and at most three parts, each rounded, differ by at most 0.01 万元, the default
 * tolerance.
 */
function inTenThousands(value: number, unit: MoneyUnit): number {
  const exponent = TO_TEN_THOUSANDS[unit];
  if (exponent === 0) return value;
  const converted = shiftDecimal(value, exponent);
  return exponent < 0 ? roundHalfUp(converted, 2) : converted;
}

function cellText(cell: RawCell): string {
  if (cell.value === null) return '';
  return isCellError(cell.value) ? cell.value.error : String(cell.value);
}
