import type { BudgetRow, MoneyUnit, StatedMoneyUnit, StatedMoneyUnits, Warning } from '../model';
import { createWarning } from '../warnings/catalogue';

const AMOUNT_COLUMNS = ['initial', 'adjusted', 'executed', 'lastYear'] as const satisfies ReadonlyArray<keyof StatedMoneyUnits>;

/**
 * One note for each unit other than 万元 the budget table states (its rows share one statement, see
 * BudgetRow.amountUnits): its amounts were converted, which the person must be able to see and check.
 * At the first cell that states it.
 */
export function statedUnitNotes(rows: readonly BudgetRow[]): Warning[] {
  const units = rows[0]?.amountUnits;
  if (!units) return [];
  const byUnit = new Map<MoneyUnit, StatedMoneyUnit[]>();
  for (const column of AMOUNT_COLUMNS) {
    const stated = units[column];
    if (!stated || stated.unit === '万元') continue;
    const same = byUnit.get(stated.unit);
    if (same) same.push(stated);
    else byUnit.set(stated.unit, [stated]);
  }
  return [...byUnit].map(([unit, statements]) => {
    const [first] = statements;
    const more = statements.some((statement) => statement.cell.address !== first.cell.address) ? 1 : 0;
    return createWarning('AMOUNT_UNIT_CONVERTED', first.cell, { unit, where: `${first.cell.sheet}!${first.cell.address}`, text: first.text, more });
  });
}
