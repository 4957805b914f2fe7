import type { BasicInfo, BudgetLineResult, ScoredIndicator, Warning } from '../model';
import type { NarrativeSource } from './document';

/** Where the report's figures and quotations came from, so the pane can take the user to the cell. */

export function indicatorSource(indicator: ScoredIndicator, field = 'level3'): NarrativeSource {
  return indicator.cells[field] ?? indicator.cells.level3 ?? { sheet: indicator.sheet, row: indicator.row };
}

export function budgetLineSource(line: BudgetLineResult): NarrativeSource {
  return { sheet: line.sheet, row: line.row };
}

export function infoSource(info: BasicInfo, field: keyof BasicInfo['cells']): NarrativeSource[] {
  const cell = info.cells[field];
  return cell ? [cell] : [];
}

/** A1 address → 1-based row and column; null when it is not a single cell */
function parseAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

export function warningSource(warning: Warning): NarrativeSource | null {
  if (warning.sheet === null || warning.cell === null) return null;
  const at = parseAddress(warning.cell);
  return at ? { sheet: warning.sheet, address: warning.cell, row: at.row, column: at.column } : null;
}

/** the indicator a warning is about (same sheet and row) */
export function indicatorOfWarning(warning: Warning, indicators: readonly ScoredIndicator[]): ScoredIndicator | null {
  const source = warningSource(warning);
  if (source === null) return null;
  return indicators.find((indicator) => indicator.sheet === source.sheet && indicator.row === source.row) ?? null;
}

/** the same source listed once, in first-seen order */
export function uniqueSources(sources: ReadonlyArray<NarrativeSource | null>): NarrativeSource[] {
  const seen = new Set<string>();
  const result: NarrativeSource[] = [];
  for (const source of sources) {
    if (source === null) continue;
    const key = `${source.sheet}!${'address' in source ? source.address : `#${source.row}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(source);
  }
  return result;
}
