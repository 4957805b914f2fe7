import type { Warning } from '../model';
import { WARNING_CODES } from '../model';
import { createWarning, WARNING_SPECS } from '../warnings/catalogue';
import type { Finding, FindingLocation } from './findings';

const CODE_RANK = new Map<string, number>(WARNING_CODES.map((code, index) => [code, index]));

// Sort key layout: sheet rank · row · column · code, packed in one float64 (exact below 2^53).
const CODE_SLOTS = 64; // WARNING_CODES has fewer
const COLUMN_SLOTS = 2 ** 15; // Excel has 16,384 columns
const ROW_SLOTS = 2 ** 21; // Excel has 1,048,576 rows

/**
 * Turns findings into warnings (messages from the catalogue) and merges the budget's warnings, in a
 * stable order: by sheet (whole-workbook findings first, then sheet names in code-point order), row,
 * column (whole-sheet findings first), then the code's place in WARNING_CODES (input problems before
 * deviations before scores). Equal keys keep the order they were found in.
 */
export function orderedWarnings(findings: readonly Finding[], budgetWarnings: readonly Warning[]): Warning[] {
  const count = findings.length + budgetWarnings.length;
  const warnings = new Array<Warning>(count);
  const locations = new Array<{ sheet: string | null; row: number; column: number }>(count);
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    warnings[i] = warningOf(finding);
    locations[i] = finding.at;
  }
  for (let j = 0; j < budgetWarnings.length; j++) {
    const warning = budgetWarnings[j];
    warnings[findings.length + j] = warning;
    locations[findings.length + j] = locationOfWarning(warning);
  }

  const sheetRank = rankSheets(locations);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const at = locations[i];
    const sheet = at.sheet === null ? 0 : (sheetRank.get(at.sheet) as number);
    const code = CODE_RANK.get(warnings[i].code) ?? CODE_SLOTS - 1;
    keys[i] = ((sheet * ROW_SLOTS + clamp(at.row, ROW_SLOTS)) * COLUMN_SLOTS + clamp(at.column, COLUMN_SLOTS)) * CODE_SLOTS + code;
  }
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  const sorted = new Array<Warning>(count);
  for (let i = 0; i < count; i++) sorted[i] = warnings[order[i]];
  return sorted;
}

function clamp(value: number, slots: number): number {
  return value > 0 && value < slots ? value : 0;
}

/** Sheets ranked 1… in code-point order (not locale order, which would differ between machines). */
function rankSheets(locations: ReadonlyArray<{ sheet: string | null }>): Map<string, number> {
  const names = new Set<string>();
  let last: string | null = null;
  for (const at of locations) {
    // findings come row by row, so the same sheet repeats: skip the set for runs of it
    if (at.sheet !== null && at.sheet !== last) names.add((last = at.sheet));
  }
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((name, index) => [name, index + 1]));
}

/** A warning made elsewhere carries only its A1 address: row and column are read back from it. */
export function locationOfWarning(warning: Warning): FindingLocation {
  const { row, column } = parseAddress(warning.cell);
  return { sheet: warning.sheet, address: warning.cell, row, column };
}

export function parseAddress(address: string | null): { row: number; column: number } {
  if (!address) return { row: 0, column: 0 };
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 36) continue; // $ of an absolute reference
    const upper = c >= 97 && c <= 122 ? c - 32 : c;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
  }
  let row = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return { row: 0, column: 0 };
    row = row * 10 + (c - 48);
  }
  return { row, column };
}

/** A finding as a report warning, its messages written from the catalogue. */
function warningOf(finding: Finding): Warning {
  const spec = WARNING_SPECS[finding.code];
  if (!spec) return createWarning(finding.code, finding.at, finding.params);
  const params = finding.params;
  return {
    code: finding.code,
    severity: finding.severity ?? spec.severity,
    sheet: finding.at.sheet,
    cell: finding.at.address,
    message: { 'zh-CN': spec.message['zh-CN'](params), 'en-US': spec.message['en-US'](params) },
    params,
  };
}
