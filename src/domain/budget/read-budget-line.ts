import { isCellError, type BudgetRow, type RawCell, type Warning } from '../model';
import { parseAmount } from '../parsing';
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
  const parsed = parseAmount(cell);
  if (!parsed.ok && parsed.reason === 'blank') return { value: null, warning: null };
  // Amounts may be negative (a refund written back); points may not.
  if (parsed.ok && !(field === 'points' && parsed.value < 0)) return { value: parsed.value, warning: null };
  const reason = parsed.ok ? 'negativePoints' : parsed.reason;
  const params = { line: name, field, text: cellText(cell), reason };
  return { value: null, warning: createWarning('BUDGET_VALUE_UNREADABLE', locationOf(row, field), params) };
}

function cellText(cell: RawCell): string {
  if (cell.value === null) return '';
  return isCellError(cell.value) ? cell.value.error : String(cell.value);
}
