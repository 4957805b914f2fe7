import type { SheetGrid } from '../grid';
import { cellAddress } from '../cells/a1';
import { lastColumn, lastRow, mergedAreaAt, textAt, valueAt } from '../cells/grid-cells';
import { trailingOutputHeaderCount, type OutputHeaderSearch } from '../output-headers';
import type { DetectedColumn } from './detection-types';
import { normaliseHeaderText } from './header-text';
import { headerLookup, headerRanks, TABLE_KINDS, TABLE_SPECS, type FieldOf, type HeaderLookup, type TableKind, type TableSpec } from './table-fields';

/** Header rows are looked for in the first rows of each sheet, under any title rows. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderCandidate<K extends TableKind> {
  kind: K;
  sheet: string;
  firstHeaderRow: number;
  headerRow: number;
  left: number;
  right: number;
  columns: Array<DetectedColumn<FieldOf<K>>>;
  requiredMatched: number;
  /** required fields × 100 + fields × 10 + 1 on a sheet with the template's name */
  score: number;
  /** on a sheet with the template's name (绩效指标, 预算执行): after visibility, the last tie-breaker of equals */
  templateSheet: boolean;
}

export interface HeaderCell {
  column: number;
  row: number;
  text: string;
}

/**
 * Every row of the sheet's first rows that reads as this table's header, each with a score: required
 * fields count most, then any matched field; a two-row header (merged group headers over sub-headers)
 * is read as one, each column taking its lower cell when it has one.
 */
export function findHeaderCandidates<K extends TableKind>(grid: SheetGrid, spec: TableSpec<K>, blockRecorded = false): Array<HeaderCandidate<K>> {
  const lookup = headerLookup(spec);
  const search: OutputHeaderSearch = { blockRecorded, isTableHeader: (text) => lookup.has(normaliseHeaderText(text)) };
  const last = lastRow(grid);
  const bottom = Math.min(last, grid.top + HEADER_SEARCH_ROWS - 1);
  const right = lastColumn(grid);
  // each row is read and scored alone once: as the row below one row and as the next row itself
  const rowCells = new Map<number, HeaderCell[]>();
  const cellsOf = (row: number): HeaderCell[] => {
    let cells = rowCells.get(row);
    if (!cells) {
      cells = row <= last ? headerCells(grid, row, right, search) : [];
      rowCells.set(row, cells);
    }
    return cells;
  };
  const alone = new Map<number, HeaderCandidate<K> | null>();
  const scoredAlone = (row: number): HeaderCandidate<K> | null => {
    let candidate = alone.get(row);
    if (candidate === undefined) {
      candidate = scoreHeader(grid, spec, lookup, cellsOf(row), row, row);
      alone.set(row, candidate);
    }
    return candidate;
  };
  const candidates: Array<HeaderCandidate<K>> = [];
  for (let row = grid.top; row <= bottom; row += 1) {
    const single = cellsOf(row);
    if (single.length === 0) continue;
    const singleCandidate = scoredAlone(row);
    const below = cellsOf(row + 1);
    const twoRowCandidate =
      below.length > 0 ? scoreHeader(grid, spec, lookup, combineHeaderRows(single, below), row, row + 1) : null;
    const belowAlone = below.length > 0 ? scoredAlone(row + 1) : null;
    const best =
      twoRowCandidate &&
      twoRowCandidate.score > (singleCandidate?.score ?? -1) &&
      twoRowCandidate.score > (belowAlone?.score ?? -1)
        ? twoRowCandidate
        : singleCandidate;
    if (best) candidates.push(best);
  }
  return candidates;
}

/**
 * the row's non-blank cells, less the add-in's own output columns at its end (with any columns a
 * person inserted among them, where the marker records a block on the sheet: see OutputHeaderSearch)
 */
export function headerCells(grid: SheetGrid, row: number, right: number = lastColumn(grid), search: OutputHeaderSearch = { blockRecorded: false }): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let column = grid.left; column <= right; column += 1) {
    const text = textAt(grid, row, column);
    if (text !== '') cells.push({ column, row, text });
  }
  return cells.slice(0, cells.length - trailingOutputHeaderCount(cells, search));
}

/** the header's last column: a merged header cell (偏差原因 over K1:N1) counts to the merge's right edge */
export function headerRight(grid: SheetGrid, cells: readonly HeaderCell[]): number {
  let right = cells[cells.length - 1].column;
  for (const cell of cells) {
    const area = mergedAreaAt(grid, cell.row, cell.column);
    if (area) right = Math.max(right, area.right);
  }
  return right;
}

/**
 * A header row may hold two tables side by side, a blank column between them (indicators in A:K, the
 * budget in M:T). The row is cut at its blank columns, and around cells that are not text, into runs; the table is the run with most of this
 * table's fields, widened to either side up to the nearest run that brings a field not yet found. Runs
 * beyond the last that brings one (the other table's headers, whose 分值 the table already has) are not
 * its own; nor is a run that is plainly another table (see isOtherTable), even when one of its headers
 * is an alias of this table's field (the budget's 偏差原因, read by the indicators as their reason): the
 * widening stops before it.
 */
function ownRuns<K extends TableKind>(grid: SheetGrid, spec: TableSpec<K>, lookup: HeaderLookup<FieldOf<K>>, cells: HeaderCell[]): HeaderCell[] {
  const runs: HeaderCell[][] = [];
  let runRight = -1;
  let previousText = false;
  for (const cell of cells) {
    // headers are text: a number beside them (the add-in's results beside the rows of a table next door) is no header of theirs
    const text = typeof valueAt(grid, cell.row, cell.column) === 'string';
    if (runs.length === 0 || cell.column > runRight + 1 || !text || !previousText) runs.push([]);
    previousText = text;
    runs[runs.length - 1].push(cell);
    const area = mergedAreaAt(grid, cell.row, cell.column);
    runRight = Math.max(runRight, area ? area.right : cell.column);
  }
  if (runs.length <= 1) return cells;
  const fieldsOf = (run: HeaderCell[]): Set<FieldOf<K>> => {
    const fields = new Set<FieldOf<K>>();
    for (const cell of run) {
      const field = lookup.get(normaliseHeaderText(cell.text));
      if (field !== undefined) fields.add(field);
    }
    return fields;
  };
  const runFields = runs.map(fieldsOf);
  // asked only of the runs the widening reaches
  const otherTables: Array<boolean | undefined> = [];
  const otherTable = (index: number): boolean => (otherTables[index] ??= isOtherTable(runs[index], spec.kind, lookup));
  let first = 0;
  for (let index = 1; index < runs.length; index += 1) if (runFields[index].size > runFields[first].size) first = index;
  let last = first;
  const found = new Set(runFields[first]);
  const bringsNew = (index: number): boolean => [...runFields[index]].some((field) => !found.has(field));
  // the nearest run to that side bringing a new field, and the runs between it and the table
  const nextBringingNew = (from: number, step: -1 | 1): number | null => {
    for (let index = from + step; index >= 0 && index < runs.length; index += step) {
      if (otherTable(index)) return null;
      if (bringsNew(index)) return index;
    }
    return null;
  };
  for (let widened = true; widened; ) {
    widened = false;
    for (const [from, step] of [[first, -1], [last, 1]] as const) {
      const next = nextBringingNew(from, step);
      if (next === null) continue;
      for (const field of runFields[next]) found.add(field);
      if (step < 0) first = next;
      else last = next;
      widened = true;
    }
  }
  return runs.slice(first, last + 1).flat();
}

const rankCache = new Map<TableKind, ReadonlyMap<string, number>>();

function ranksOf(spec: TableSpec<TableKind>): ReadonlyMap<string, number> {
  let ranks = rankCache.get(spec.kind);
  if (!ranks) rankCache.set(spec.kind, (ranks = headerRanks(spec)));
  return ranks;
}

const otherLookups = new Map<TableKind, HeaderLookup<string>>();

function lookupOf(kind: TableKind): HeaderLookup<string> {
  let lookup = otherLookups.get(kind);
  if (!lookup) {
    lookup = headerLookup<TableKind>(TABLE_SPECS[kind]);
    otherLookups.set(kind, lookup);
  }
  return lookup;
}

/**
 * A run of headers that is, on its own, a header of another table (资金项目 … 全年执行数 beside the
 * indicators), or whose headers are mostly another table's and not this one's.
 */
function isOtherTable<K extends TableKind>(run: readonly HeaderCell[], kind: K, own: HeaderLookup<FieldOf<K>>): boolean {
  const texts = run.map((cell) => normaliseHeaderText(cell.text));
  for (const otherKind of TABLE_KINDS) {
    if (otherKind === kind) continue;
    const other = lookupOf(otherKind);
    const fields = new Set<string>();
    let othersOnly = 0;
    for (const text of texts) {
      const field = other.get(text);
      if (field === undefined) continue;
      fields.add(field);
      if (!own.has(text)) othersOnly += 1;
    }
    if (othersOnly * 2 > texts.length || matchesSpec(TABLE_SPECS[otherKind], fields)) return true;
  }
  return false;
}

/** whether matched fields make a header of this table: enough fields, and enough of them required */
function matchesSpec<K extends TableKind>(spec: TableSpec<K>, fields: ReadonlySet<string>): boolean {
  const requiredMatched = spec.required.filter((entry) => (typeof entry === 'string' ? fields.has(entry) : entry.some((field) => fields.has(field)))).length;
  return fields.size >= spec.minimumMatched && requiredMatched >= spec.minimumRequiredMatched;
}

function combineHeaderRows(upper: HeaderCell[], lower: HeaderCell[]): HeaderCell[] {
  const byColumn = new Map<number, HeaderCell>();
  for (const cell of upper) byColumn.set(cell.column, cell);
  for (const cell of lower) byColumn.set(cell.column, cell);
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}

function scoreHeader<K extends TableKind>(
  grid: SheetGrid,
  spec: TableSpec<K>,
  lookup: ReadonlyMap<string, FieldOf<K>>,
  rowCells: HeaderCell[],
  firstHeaderRow: number,
  headerRow: number,
): HeaderCandidate<K> | null {
  const cells = ownRuns(grid, spec, lookup, rowCells);
  const ranks = ranksOf(spec);
  // each field to its surest name in the header, the leftmost of equals (see headerRanks)
  const chosen = new Map<FieldOf<K>, { cell: HeaderCell; rank: number }>();
  for (const cell of cells) {
    const key = normaliseHeaderText(cell.text);
    const field = lookup.get(key);
    if (field === undefined) continue;
    const rank = ranks.get(key) ?? 0;
    const held = chosen.get(field);
    if (!held || rank < held.rank) chosen.set(field, { cell, rank });
  }
  const columns: Array<DetectedColumn<FieldOf<K>>> = [...chosen]
    .map(([field, { cell }]) => ({ field, header: cell.text, column: cell.column, address: cellAddress(cell.row, cell.column) }))
    .sort((a, b) => a.column - b.column);
  const taken = new Set<FieldOf<K>>(chosen.keys());
  const requiredMatched = spec.required.filter((entry) =>
    typeof entry === 'string' ? taken.has(entry) : entry.some((field) => taken.has(field)),
  ).length;
  if (columns.length < spec.minimumMatched || requiredMatched < spec.minimumRequiredMatched) return null;
  const sheetNameBonus = normaliseHeaderText(grid.name) === normaliseHeaderText(spec.sheetName) ? 1 : 0;
  return {
    kind: spec.kind,
    sheet: grid.name,
    firstHeaderRow,
    headerRow,
    left: cells[0].column,
    right: headerRight(grid, cells),
    columns,
    requiredMatched,
    score: requiredMatched * 100 + columns.length * 10 + sheetNameBonus,
    templateSheet: sheetNameBonus === 1,
  };
}
