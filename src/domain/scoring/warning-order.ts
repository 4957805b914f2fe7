import { parseCellAddress } from '../cells/a1';
import type { Warning } from '../model';
import { CODE_SLOTS, COLUMN_SLOTS, Findings, ROW_SLOTS, type Finding, type FindingLocation } from './findings';

/** integers below 2^53 are exact in a double */
const EXACT_BITS = 53;

/**
 * The warnings stage's last step: merges what scoring found with the budget's warnings, in a stable
 * order: by sheet (whole-workbook findings first, then sheet names in code-point order), row, column
 * (whole-sheet findings first), then the code's place in WARNING_CODES (input problems before
 * deviations before scores). Equal keys keep the order they were found in.
 */
export function orderedWarnings(findings: Findings | readonly Finding[], budgetWarnings: readonly Warning[]): Warning[] {
  const found = findings instanceof Findings ? findings : collect(findings);
  // The budget's warnings carry only their A1 address: row and column are read back from it.
  const budget = new Findings();
  for (const warning of budgetWarnings) budget.include(warning, locationOfWarning(warning));
  const count = found.length + budget.length;

  // Sheets by code-point order (not locale order, which would differ between machines), ranked 1…
  const names = [...new Set([...found.sheets, ...budget.sheets])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = (part: Findings) => [0, ...part.sheets.map((name) => names.indexOf(name) + 1)];

  // Key: sheet rank · row · column · code · index, each field only as wide as its largest value needs.
  // With the index as the last field every key is distinct, so a plain numeric sort (native, no
  // comparator calls) gives the stable order.
  const indexSlots = slotsFor(count - 1);
  const rowSlots = slotsFor(Math.max(found.maxRow, budget.maxRow));
  const columnSlots = slotsFor(Math.max(found.maxColumn, budget.maxColumn));
  const packed =
    found.wholeCells && budget.wholeCells && Math.log2(slotsFor(names.length) * rowSlots * columnSlots * CODE_SLOTS * indexSlots) <= EXACT_BITS;
  // Too many sheets, rows or warnings for one exact double, or cells that are not whole numbers: the
  // keys leave the index out and are compared, then the indices.
  const layout: KeyLayout = packed ? { rowSlots, columnSlots, indexSlots } : { rowSlots: ROW_SLOTS, columnSlots: COLUMN_SLOTS, indexSlots: 0 };
  const keys = new Float64Array(count);
  writeKeys(found, rankOf(found), layout, keys, 0);
  writeKeys(budget, rankOf(budget), layout, keys, found.length);
  return packed ? sortedByPackedKey(keys, indexSlots, found, budget) : sortedByKey(keys, found, budget);
}

interface KeyLayout {
  rowSlots: number;
  columnSlots: number;
  /** 0 when the index is not part of the key */
  indexSlots: number;
}

// The loops below are functions of their own: V8 compiles a hot loop in the middle of a function
// before the code after it has ever run, and would throw that code away on every call.

function writeKeys(part: Findings, sheetRanks: readonly number[], layout: KeyLayout, keys: Float64Array, offset: number): void {
  const { rowSlots, columnSlots, indexSlots } = layout;
  for (let j = 0; j < part.length; j++) {
    const i = offset + j;
    const key = ((sheetRanks[part.sheetIdAt(j)] * rowSlots + part.rowAt(j)) * columnSlots + part.columnAt(j)) * CODE_SLOTS + part.rankAt(j);
    keys[i] = indexSlots > 0 ? key * indexSlots + i : key;
  }
}

function sortedByPackedKey(keys: Float64Array, indexSlots: number, found: Findings, budget: Findings): Warning[] {
  keys.sort();
  const foundCount = found.length;
  const sorted = new Array<Warning>(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    // the index: the key's lowest field (exact arithmetic, indexSlots being a power of two)
    const index = key - Math.floor(key / indexSlots) * indexSlots;
    sorted[k] = index < foundCount ? found.warningAt(index) : budget.warningAt(index - foundCount);
  }
  return sorted;
}

function sortedByKey(keys: Float64Array, found: Findings, budget: Findings): Warning[] {
  const order = new Array<number>(keys.length);
  for (let k = 0; k < keys.length; k++) order[k] = k;
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  const foundCount = found.length;
  const sorted = new Array<Warning>(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const index = order[k];
    sorted[k] = index < foundCount ? found.warningAt(index) : budget.warningAt(index - foundCount);
  }
  return sorted;
}

function collect(list: readonly Finding[]): Findings {
  const findings = new Findings();
  for (const finding of list) findings.add(finding.code, finding.at, finding.params, finding.severity);
  return findings;
}

/** The smallest power of two above `max`: the slots a field holding 0…max needs. */
function slotsFor(max: number): number {
  let slots = 1;
  while (slots <= max) slots *= 2;
  return slots;
}

const NO_CELL = { row: 0, column: 0 };

/** A warning made elsewhere carries only its A1 address: row and column are read back from it. */
export function locationOfWarning(warning: Warning): FindingLocation {
  const { row, column } = (warning.cell !== null && parseCellAddress(warning.cell)) || NO_CELL;
  return { sheet: warning.sheet, address: warning.cell, row, column };
}
