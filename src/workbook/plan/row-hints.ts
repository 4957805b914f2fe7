import type { Locale, Warning } from '../../domain/model';
import { parseCellAddress } from '../cells/a1';

/** The 提示 text of each row: the messages of the warnings about its cells, joined by "；". */
export type RowHints = (sheet: string, row: number) => string;

/** an input table's columns on its sheet (a DetectedTable fits) */
export interface HintTable {
  sheet: string;
  left: number;
  right: number;
}

/** the hints of every row of a sheet, whatever table the warning's cell belongs to */
export function rowHints(warnings: readonly Warning[], locale: Locale = 'zh-CN'): RowHints {
  const hints = tableRowHints(warnings, [], locale);
  return (sheet, row) => hints({ sheet, left: 1, right: 1 })(sheet, row);
}

/**
 * The hints of each table's block: a warning goes to the table that holds its cell, so with the budget
 * table and the indicator table side by side on one sheet, an indicator's 提示 does not show a budget
 * line's warning of the same row. A cell outside every table on its sheet goes to the nearest one
 * (the left one on a tie); a sheet with one table gets every warning of the row, as before.
 */
export function tableRowHints(warnings: readonly Warning[], tables: readonly HintTable[], locale: Locale = 'zh-CN'): (table: HintTable) => RowHints {
  const byRow = new Map<string, string[]>();
  for (const warning of warnings) {
    if (warning.sheet === null || warning.cell === null) continue;
    const at = parseCellAddress(warning.cell.split(':')[0]);
    if (!at) continue;
    const key = rowKey(warning.sheet, ownerOf(tables, warning.sheet, at.column), at.row);
    const message = warning.message[locale].trim().replace(/[。.]$/, '');
    const messages = byRow.get(key) ?? [];
    if (message !== '' && !messages.includes(message)) messages.push(message);
    byRow.set(key, messages);
  }
  const separator = locale === 'zh-CN' ? '；' : '; ';
  return (table) => {
    const owner = ownerOf(tables, table.sheet, table.left);
    return (sheet, row) => (byRow.get(rowKey(sheet, owner, row)) ?? []).join(separator);
  };
}

/** the leftmost column of the table on `sheet` that a cell in `column` belongs to; 0 when the sheet has none */
function ownerOf(tables: readonly HintTable[], sheet: string, column: number): number {
  let best: HintTable | null = null;
  let bestDistance = Infinity;
  for (const table of tables) {
    if (table.sheet !== sheet) continue;
    const distance = column < table.left ? table.left - column : column > table.right ? column - table.right : 0;
    if (distance < bestDistance || (distance === bestDistance && best !== null && table.left < best.left)) {
      best = table;
      bestDistance = distance;
    }
  }
  return best?.left ?? 0;
}

function rowKey(sheet: string, owner: number, row: number): string {
  return `${sheet}\u0001${owner}\u0001${row}`;
}
