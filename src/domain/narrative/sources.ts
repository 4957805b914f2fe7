import { parseCellAddress } from '../cells/a1';
import { cellOfField } from '../cells/field-cell';
import type { BasicInfo, BudgetLineResult, IndicatorField, ScoredIndicator, Warning } from '../model';
import type { NarrativeSource } from './document';
import { oneLineName } from './quoted-text';

/** Where the report's figures and quotations came from, so the pane can take the user to the cell. */

export function indicatorSource(indicator: ScoredIndicator, field: IndicatorField = 'level3'): NarrativeSource {
  return cellOfField(indicator, field) ?? cellOfField(indicator, 'level3') ?? { sheet: indicator.sheet, row: indicator.row };
}

export function budgetLineSource(line: BudgetLineResult): NarrativeSource {
  return { sheet: line.sheet, row: line.row };
}

export function infoSource(info: BasicInfo, field: keyof BasicInfo['cells']): NarrativeSource[] {
  const cell = info.cells[field];
  return cell ? [cell] : [];
}

export function warningSource(warning: Warning): NarrativeSource | null {
  if (warning.sheet === null || warning.cell === null) return null;
  const at = parseCellAddress(warning.cell);
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

/** 项目名称 as the report names the project: none for a department, whose report is not about one project */
export function projectNameOf(info: BasicInfo): string {
  return info.evaluationType === 'department' ? '' : oneLineName(info.projectName);
}
