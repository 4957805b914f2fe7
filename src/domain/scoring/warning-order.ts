import { parseCellAddress } from '../cells/a1';
import type { Warning } from '../model';
import { CODE_SLOTS, Findings, type Finding, type FindingLocation } from './findings';

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
  const parts: OrderedParts = { found, budget, count: found.length + budget.length };

  // Sheets by code-point order (not locale order, which would differ between machines), ranked 1…
  const names = [...new Set([...found.sheets, ...budget.sheets])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ranksOf = (part: Findings) => [0, ...part.sheets.map((name) => names.indexOf(name) + 1)];
  const sheetRanks = { found: ranksOf(found), budget: ranksOf(budget) };

  const rowsPerSheet = Math.max(found.maxRow, budget.maxRow) + 1;
  const rowBuckets = (names.length + 1) * rowsPerSheet;
  if (found.wholeCells && budget.wholeCells && rowBuckets <= ROW_BUCKETS_PER_WARNING * parts.count + ROW_BUCKETS_ALWAYS) {
    return sortedByRowThenCell(parts, sheetRanks, rowsPerSheet, rowBuckets);
  }
  return sortedByKey(parts, sheetRanks);
}

interface OrderedParts {
  found: Findings;
  budget: Findings;
  /** found.length + budget.length: indices below found.length are found's, the rest budget's */
  count: number;
}

interface SheetRanks {
  /** each part's sheet numbers (0: whole workbook) to the sheet's rank in the order */
  found: readonly number[];
  budget: readonly number[];
}

/**
 * Buckets for rows, per warning, above which the warnings are sorted by a key instead (rows so sparse
 * that counting them costs more than comparing warnings); and as many as any table may use.
 */
const ROW_BUCKETS_PER_WARNING = 4;
const ROW_BUCKETS_ALWAYS = 1 << 16;
/** a bucket this large or larger is sorted by comparison rather than by insertion */
const INSERTION_SORT_MAX = 16;

// The loops below are functions of their own: V8 compiles a hot loop in the middle of a function
// before the code after it has ever run, and would throw that code away on every call.

/**
 * A counting sort of the warnings into one bucket per sheet and row (stable: each bucket keeps the order
 * found), then each bucket by column and code. Scoring finds its warnings row after row, so a bucket
 * holds a row's few warnings, and the whole costs a few passes over them rather than a full sort.
 */
function sortedByRowThenCell(parts: OrderedParts, sheetRanks: SheetRanks, rowsPerSheet: number, rowBuckets: number): Warning[] {
  const { found, budget, count } = parts;
  const bucketOf = new Int32Array(count);
  // column · code, below COLUMN_SLOTS · CODE_SLOTS = 2^21
  const cellKeys = new Int32Array(count);
  // first the size of each bucket, then where it starts (placeInBuckets)
  const bounds = new Int32Array(rowBuckets + 1);
  writeBuckets(found, sheetRanks.found, rowsPerSheet, bucketOf, cellKeys, bounds, 0);
  writeBuckets(budget, sheetRanks.budget, rowsPerSheet, bucketOf, cellKeys, bounds, found.length);
  const order = new Int32Array(count);
  placeInBuckets(bucketOf, bounds, order);
  sortBucketsByCell(order, bounds, rowBuckets, cellKeys);
  return warningsInOrder(order, found, budget);
}

function writeBuckets(
  part: Findings,
  sheetRanks: readonly number[],
  rowsPerSheet: number,
  bucketOf: Int32Array,
  cellKeys: Int32Array,
  bucketSizes: Int32Array,
  offset: number,
): void {
  for (let j = 0; j < part.length; j++) {
    const bucket = sheetRanks[part.sheetIdAt(j)] * rowsPerSheet + part.rowAt(j);
    bucketOf[offset + j] = bucket;
    cellKeys[offset + j] = part.columnAt(j) * CODE_SLOTS + part.rankAt(j);
    bucketSizes[bucket]++;
  }
}

/** Each warning's index into `order`, bucket after bucket; `bounds` goes from each bucket's size to where it starts. */
function placeInBuckets(bucketOf: Int32Array, bounds: Int32Array, order: Int32Array): void {
  for (let b = 1; b < bounds.length; b++) bounds[b] += bounds[b - 1];
  // backwards, from each bucket's end, so that each bucket keeps the order found
  for (let i = bucketOf.length - 1; i >= 0; i--) order[--bounds[bucketOf[i]]] = i;
}

/** Each bucket (bounds[b] to bounds[b + 1]) ordered by cell key, equal keys in the order found. */
function sortBucketsByCell(order: Int32Array, bounds: Int32Array, rowBuckets: number, cellKeys: Int32Array): void {
  for (let b = 0; b < rowBuckets; b++) {
    const from = bounds[b];
    const to = bounds[b + 1];
    if (to - from < 2) continue;
    if (to - from < INSERTION_SORT_MAX) sortByInsertion(order, from, to, cellKeys);
    else sortByComparison(order, from, to, cellKeys);
  }
}

function sortByInsertion(order: Int32Array, from: number, to: number, cellKeys: Int32Array): void {
  for (let k = from + 1; k < to; k++) {
    const index = order[k];
    const key = cellKeys[index];
    let at = k;
    while (at > from && cellKeys[order[at - 1]] > key) {
      order[at] = order[at - 1];
      at--;
    }
    order[at] = index;
  }
}

/** Array.prototype.sort is stable: equal keys stay in the order found. */
function sortByComparison(order: Int32Array, from: number, to: number, cellKeys: Int32Array): void {
  const bucket = Array.from(order.subarray(from, to));
  bucket.sort((a, b) => cellKeys[a] - cellKeys[b]);
  order.set(bucket, from);
}

/**
 * The general case (cells that are not whole numbers, rows too sparse to count): the warnings compared
 * field by field.
 */
function sortedByKey(parts: OrderedParts, sheetRanks: SheetRanks): Warning[] {
  const { found, budget, count } = parts;
  const fields: SortFields = {
    sheetRank: new Float64Array(count),
    row: new Float64Array(count),
    column: new Float64Array(count),
    code: new Float64Array(count),
  };
  writeFields(found, sheetRanks.found, fields, 0);
  writeFields(budget, sheetRanks.budget, fields, found.length);
  const { sheetRank, row, column, code } = fields;
  const order = Array.from({ length: count }, (_, k) => k);
  // stable: equal keys stay in the order found
  order.sort((a, b) => sheetRank[a] - sheetRank[b] || row[a] - row[b] || column[a] - column[b] || code[a] - code[b]);
  return warningsInOrder(order, found, budget);
}

interface SortFields {
  sheetRank: Float64Array;
  row: Float64Array;
  column: Float64Array;
  /** the code's place in WARNING_CODES */
  code: Float64Array;
}

function writeFields(part: Findings, sheetRanks: readonly number[], fields: SortFields, offset: number): void {
  for (let j = 0; j < part.length; j++) {
    fields.sheetRank[offset + j] = sheetRanks[part.sheetIdAt(j)];
    fields.row[offset + j] = part.rowAt(j);
    fields.column[offset + j] = part.columnAt(j);
    fields.code[offset + j] = part.rankAt(j);
  }
}

function warningsInOrder(order: ArrayLike<number>, found: Findings, budget: Findings): Warning[] {
  const foundCount = found.length;
  const sorted = new Array<Warning>(order.length);
  for (let k = 0; k < order.length; k++) {
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

const NO_CELL = { row: 0, column: 0 };

/** A warning made elsewhere carries only its A1 address: row and column are read back from it. */
export function locationOfWarning(warning: Warning): FindingLocation {
  const { row, column } = (warning.cell !== null && parseCellAddress(warning.cell)) || NO_CELL;
  return { sheet: warning.sheet, address: warning.cell, row, column };
}
