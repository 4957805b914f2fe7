import type { Comparator, RawCell } from '../../domain/model';
import { parseComparator, parseValue } from '../../domain/parsing';
import type { SheetGrid } from '../grid';
import { cellAddress, rangeAddress } from '../cells/a1';
import { rawCellAt, textAt, textOf } from '../cells/grid-cells';
import { isOwnedSheetName } from '../owned-sheets';
import { readMarker } from '../plan/metadata-sheet';
import { workbookProblem, type WorkbookProblem } from '../problems';
import type { DetectedColumn, DetectedTable, Detection, RememberedTable, TableLocations } from './detection-types';
import { findHeaderCandidates, headerCells, headerRight, HEADER_SEARCH_ROWS, type HeaderCandidate } from './header-candidates';
import { BLANK_ROWS_ENDING_A_TABLE, findTableExtent, headerTextsOf } from './table-extent';
import { normaliseHeaderText } from './header-text';
import { fieldSpec, headerLookup, TABLE_KINDS, TABLE_SPECS, type FieldOf, type TableKind, type TableSpec } from './table-fields';

type AnyCandidate = { [K in TableKind]: HeaderCandidate<K> }[TableKind];
type AnyTable = { [K in TableKind]: DetectedTable<K> }[TableKind];

/**
 * Finds 基本信息, 预算执行, 绩效指标 and 评分设置 by their headers, on any sheet, in any column order,
 * under title rows. A remembered location (the user's correction) overrides detection for its table.
 * The add-in's own sheets and very hidden sheets are never read as input.
 */
export function detectTables(grids: readonly SheetGrid[], remembered?: TableLocations): Detection {
  const inputGrids = grids.filter((grid) => !isOwnedSheetName(grid.name) && grid.visibility !== 'veryHidden');
  const blockRecorded = sheetsWithRecordedBlocks(grids);
  const problems: WorkbookProblem[] = [];
  const headerRows: TakenHeader[] = [];
  const chosen = new Map<TableKind, AnyCandidate>();
  const rememberedKinds = new Set<TableKind>();

  for (const kind of TABLE_KINDS) {
    const location = remembered?.[kind];
    if (!location) continue;
    const candidate = rememberedCandidate(inputGrids, kind, location, problems, blockRecorded);
    if (candidate) {
      chosen.set(kind, candidate);
      rememberedKinds.add(kind);
      headerRows.push(takenHeader(candidate));
    }
  }

  const candidates = allCandidates(inputGrids, blockRecorded);
  for (const candidate of candidates) {
    if (chosen.has(candidate.kind)) continue;
    // two tables side by side may share a header row, not its columns
    const overlaps = headerRows.some(
      (taken) =>
        taken.sheet === candidate.sheet &&
        candidate.firstHeaderRow <= taken.last &&
        candidate.headerRow >= taken.first &&
        candidate.left <= taken.right &&
        candidate.right >= taken.left,
    );
    if (overlaps) continue;
    chosen.set(candidate.kind, candidate);
    headerRows.push(takenHeader(candidate));
  }

  const tables = new Map<TableKind, AnyTable>();
  for (const [kind, candidate] of chosen) {
    const grid = inputGrids.find((g) => g.name === candidate.sheet);
    if (!grid) continue;
    const stopBeforeRow = nextHeaderBelow(candidate, headerRows, candidates);
    tables.set(kind, completeTable(grid, candidate, stopBeforeRow, rememberedKinds.has(kind) ? 'remembered' : 'detected', problems));
  }

  for (const table of tables.values()) problems.push(...missingColumnProblems(table));
  const indicators = (tables.get('indicators') as DetectedTable<'indicators'> | undefined) ?? null;
  if (!indicators) problems.push(indicatorTableNotFound(inputGrids));
  else problems.push(...otherIndicatorTables(inputGrids, indicators, candidates));

  return {
    indicators,
    budget: (tables.get('budget') as DetectedTable<'budget'> | undefined) ?? null,
    basicInfo: (tables.get('basicInfo') as DetectedTable<'basicInfo'> | undefined) ?? null,
    settings: (tables.get('settings') as DetectedTable<'settings'> | undefined) ?? null,
    problems,
  };
}

/**
 * best first by the fields matched; ties go to a visible sheet over a hidden one (last year's table,
 * put away, even on a sheet still named 绩效指标), then to the template's sheet name, then the earlier
 * sheet, then the higher row
 */
function allCandidates(grids: readonly SheetGrid[], blockRecorded: (sheet: string) => boolean): AnyCandidate[] {
  const found: Array<{ candidate: AnyCandidate; sheetIndex: number; hidden: number }> = [];
  grids.forEach((grid, sheetIndex) => {
    const hidden = grid.visibility === 'hidden' ? 1 : 0;
    for (const kind of TABLE_KINDS) {
      const spec = TABLE_SPECS[kind] as TableSpec<TableKind>;
      for (const candidate of findHeaderCandidates(grid, spec, blockRecorded(grid.name))) {
        found.push({ candidate: candidate as AnyCandidate, sheetIndex, hidden });
      }
    }
  });
  found.sort(
    (a, b) =>
      matchScore(b.candidate) - matchScore(a.candidate) ||
      a.hidden - b.hidden ||
      Number(b.candidate.templateSheet) - Number(a.candidate.templateSheet) ||
      a.sheetIndex - b.sheetIndex ||
      a.candidate.firstHeaderRow - b.candidate.firstHeaderRow,
  );
  return found.map((entry) => entry.candidate);
}

function matchScore(candidate: AnyCandidate): number {
  return candidate.score - Number(candidate.templateSheet);
}

interface TakenHeader {
  sheet: string;
  first: number;
  last: number;
  left: number;
  right: number;
}

function takenHeader(candidate: AnyCandidate): TakenHeader {
  return { sheet: candidate.sheet, first: candidate.firstHeaderRow, last: candidate.headerRow, left: candidate.left, right: candidate.right };
}

/**
 * The first header row below the table in its columns: a header off to the side (the budget table in
 * M:T, its header on row 3, beside indicators in A:K) does not end it.
 */
function nextHeaderBelow(table: AnyCandidate, chosenHeaders: readonly TakenHeader[], candidates: readonly AnyCandidate[]): number | null {
  let next: number | null = null;
  const consider = (header: TakenHeader): void => {
    const below = header.sheet === table.sheet && header.first > table.headerRow;
    const inColumns = header.left <= table.right && header.right >= table.left;
    if (below && inColumns && (next === null || header.first < next)) next = header.first;
  };
  for (const header of chosenHeaders) consider(header);
  // a second table of the same kind further down (another indicator table) also ends this one
  for (const candidate of candidates) consider(takenHeader(candidate));
  return next;
}

function completeTable(
  grid: SheetGrid,
  candidate: AnyCandidate,
  stopBeforeRow: number | null,
  source: 'detected' | 'remembered',
  problems: WorkbookProblem[],
): AnyTable {
  const firstDataRow = candidate.headerRow + 1;
  const { lastDataRow, rowAfterGap, repeatedHeaderRow } = findTableExtent(grid, {
    firstDataRow,
    left: candidate.left,
    right: candidate.right,
    stopBeforeRow,
    endsAtSectionHeading: candidate.kind === 'budget' || candidate.kind === 'indicators',
    // the header written again ends the table: another table under it (another task's, last year's)
    ...(candidate.kind === 'indicators' || candidate.kind === 'budget' ? { headerTexts: headerTextsOf(candidate.columns) } : {}),
  });
  const lastRow = Math.max(candidate.headerRow, lastDataRow);
  const spec = TABLE_SPECS[candidate.kind] as TableSpec<TableKind>;
  if (rowAfterGap !== null) problems.push(rowsAfterGapProblem(candidate, spec, lastRow, rowAfterGap));
  // another table under this one, past the rows headers are looked for in (see otherIndicatorTables)
  if (repeatedHeaderRow !== undefined && candidate.kind === 'indicators') {
    problems.push(indicatorTableIgnored({ sheet: candidate.sheet, firstHeaderRow: repeatedHeaderRow, left: candidate.left }, candidate));
  }
  if (repeatedHeaderRow !== undefined && candidate.kind === 'budget') problems.push(budgetHeaderRepeated(candidate, lastRow, repeatedHeaderRow));
  const present = new Set<string>(candidate.columns.map((column) => column.field));
  const missing = spec.required
    .filter((entry) => (typeof entry === 'string' ? !present.has(entry) : !entry.some((field) => present.has(field))))
    .map((entry) => (typeof entry === 'string' ? entry : entry[0]));
  return {
    kind: candidate.kind,
    sheet: candidate.sheet,
    firstHeaderRow: candidate.firstHeaderRow,
    headerRow: candidate.headerRow,
    firstDataRow,
    lastRow,
    left: candidate.left,
    right: candidate.right,
    range: rangeAddress(candidate.firstHeaderRow, candidate.left, lastRow, candidate.right),
    columns: [...candidate.columns].sort((a, b) => a.column - b.column),
    missing,
    source,
  } as AnyTable;
}

function rememberedCandidate<K extends TableKind>(
  grids: readonly SheetGrid[],
  kind: K,
  location: RememberedTable<FieldOf<K>>,
  problems: WorkbookProblem[],
  blockRecorded: (sheet: string) => boolean,
): AnyCandidate | null {
  const spec = TABLE_SPECS[kind] as TableSpec<K>;
  const grid = grids.find((g) => g.name === location.sheet);
  const entries = Object.entries(location.columns) as Array<[FieldOf<K>, number | undefined]>;
  const valid = grid && location.headerRow >= 1 && entries.every(([, column]) => column === undefined || column >= 1);
  if (!grid || !valid) {
    problems.push(
      workbookProblem(
        'REMEMBERED_LOCATION_INVALID',
        { sheet: location.sheet, cell: null },
        {
          'zh-CN': `保存的「${spec.title['zh-CN']}」表位置已失效（工作表「${location.sheet}」不存在或位置无效），已改为按表头自动查找。`,
          'en-US': `The saved location of the ${spec.title['en-US']} table is no longer valid (sheet "${location.sheet}" is missing or the position is invalid); the table was looked for by its headers instead.`,
        },
        { severity: 'warning' },
      ),
    );
    return null;
  }
  const columns: Array<DetectedColumn<FieldOf<K>>> = [];
  for (const [field, column] of entries) {
    if (column === undefined) continue;
    columns.push({
      field,
      header: textAt(grid, location.headerRow, column),
      column,
      address: cellAddress(location.headerRow, column),
    });
  }
  const lookup = headerLookup(spec);
  const cells = headerCells(grid, location.headerRow, undefined, { blockRecorded: blockRecorded(grid.name), isTableHeader: (text) => lookup.has(normaliseHeaderText(text)) });
  const spanned = [...columns.map((column) => column.column), ...cells.map((cell) => cell.column)];
  const left = spanned.length > 0 ? Math.min(...spanned) : 1;
  const right = spanned.length > 0 ? Math.max(...spanned, ...(cells.length > 0 ? [headerRight(grid, cells)] : [])) : 1;
  const candidate: HeaderCandidate<K> = {
    kind,
    sheet: grid.name,
    firstHeaderRow: location.headerRow,
    headerRow: location.headerRow,
    left,
    right,
    columns,
    requiredMatched: 0,
    score: 0,
    templateSheet: false,
  };
  return candidate as unknown as AnyCandidate;
}

function missingColumnProblems(table: AnyTable): WorkbookProblem[] {
  const spec = TABLE_SPECS[table.kind] as TableSpec<TableKind>;
  return table.missing.map((field) => {
    const alternatives = requirementAlternatives(spec, field as FieldOf<TableKind>);
    const headerNames = alternatives.map((f) => fieldSpec(spec, f).header);
    const aliases = alternatives.flatMap((f) => fieldSpec(spec, f).aliases.filter((alias) => /[^\x00-\x7f]/.test(alias)));
    const headerRange = rangeAddress(table.firstHeaderRow, table.left, table.headerRow, table.right);
    const zhNames = headerNames.map((name) => `「${name}」`).join('或');
    const enNames = alternatives.map((f) => `"${fieldSpec(spec, f).header}" (${fieldSpec(spec, f).headerEn})`).join(' or ');
    return workbookProblem(
      'REQUIRED_COLUMN_MISSING',
      { sheet: table.sheet, cell: headerRange },
      {
        'zh-CN': `工作表「${table.sheet}」的${spec.title['zh-CN']}表头（第 ${table.headerRow} 行）缺少必需的列${zhNames}（也可写作：${aliases.join('、')}）。`,
        'en-US': `Sheet "${table.sheet}": the ${spec.title['en-US']} header (row ${table.headerRow}) has no column ${enNames}, which is required (also accepted: ${aliases.join(', ')}).`,
      },
      { fatal: true },
    );
  });
}

/** Rows below a long blank gap are not read: say so, since they may be the table's own. */
function rowsAfterGapProblem(candidate: AnyCandidate, spec: TableSpec<TableKind>, lastRow: number, rowAfterGap: number): WorkbookProblem {
  const title = spec.title;
  return workbookProblem(
    'ROWS_AFTER_BLANK_GAP',
    { sheet: candidate.sheet, cell: rangeAddress(rowAfterGap, candidate.left, rowAfterGap, candidate.right) },
    {
      'zh-CN': `工作表「${candidate.sheet}」的${title['zh-CN']}表读到第 ${lastRow} 行为止：其下有 ${BLANK_ROWS_ENDING_A_TABLE} 行以上的连续空行，第 ${rowAfterGap} 行起的内容未读取。如这些行属于本表，请删去中间的空行后重新评分。`,
      'en-US': `Sheet "${candidate.sheet}": the ${title['en-US']} table was read up to row ${lastRow}. ${BLANK_ROWS_ENDING_A_TABLE} or more blank rows follow, so the rows from row ${rowAfterGap} on were not read. If they belong to the table, delete the blank rows between and score again.`,
    },
    { severity: 'warning' },
  );
}

/**
 * The budget table's header written again: a page's repeat of its own (its lines go on below) or
 * another table (last year's, a 项目支出明细 in another unit). Which, only the person knows: the rows
 * under it are not read, and the message says what to do either way.
 */
function budgetHeaderRepeated(candidate: AnyCandidate, lastRow: number, row: number): WorkbookProblem {
  return workbookProblem(
    'BUDGET_HEADER_REPEATED',
    { sheet: candidate.sheet, cell: rangeAddress(row, candidate.left, row, candidate.right) },
    {
      'zh-CN': `工作表「${candidate.sheet}」的预算执行表读到第 ${lastRow} 行为止：第 ${row} 行又是它的表头，其下的行未读取。如是本表的续页，请删去这一行表头后重新评分；如是另一张表（如上年的），可不理会。`,
      'en-US': `Sheet "${candidate.sheet}": the budget table was read up to row ${lastRow}; row ${row} repeats its header, and the rows under it were not read. If they continue this table, delete that header row and score again; if they are another table (last year's, say), nothing needs doing.`,
    },
    { severity: 'warning' },
  );
}

function requirementAlternatives(spec: TableSpec<TableKind>, field: FieldOf<TableKind>): Array<FieldOf<TableKind>> {
  for (const entry of spec.required) {
    if (typeof entry !== 'string' && entry[0] === field) return [...entry];
  }
  return [field];
}

function indicatorTableNotFound(grids: readonly SheetGrid[]): WorkbookProblem {
  const standard = grids.find((grid) => grid.name === TABLE_SPECS.indicators.sheetName);
  const headers = TABLE_SPECS.indicators.required.map((entry) => fieldSpec(TABLE_SPECS.indicators, entry as FieldOf<'indicators'>).header);
  const where = standard ? `工作表「${standard.name}」及其他工作表` : '各工作表';
  return workbookProblem(
    'INDICATOR_TABLE_NOT_FOUND',
    { sheet: standard ? standard.name : null, cell: null },
    {
      'zh-CN': `未找到绩效指标表：${where}的前 ${HEADER_SEARCH_ROWS} 行中没有含「${headers.join('、')}」的表头行。`,
      'en-US': `No indicator table found: none of the first ${HEADER_SEARCH_ROWS} rows of ${standard ? `sheet "${standard.name}" or any other sheet` : 'any sheet'} has a header with ${headers.map((h) => `"${h}"`).join(', ')}.`,
    },
    { fatal: true },
  );
}

/**
 * Indicator tables left out: one table is scored, so a second one (a task's on a sheet of its own,
 * last year's beside this year's) would be missed without a word, its indicators out of the total.
 * Each one on a visible sheet, with all the required columns and something under its header, is
 * named at its header. A table put away on a hidden sheet is left alone.
 */
function otherIndicatorTables(grids: readonly SheetGrid[], scored: DetectedTable<'indicators'>, candidates: readonly AnyCandidate[]): WorkbookProblem[] {
  const required = TABLE_SPECS.indicators.required.length;
  const reported: TakenHeader[] = [takenHeader(scored as unknown as AnyCandidate)];
  const scoredGrid = grids.find((g) => g.name === scored.sheet);
  const scoredRows = scoredGrid ? indicatorRowTexts(scoredGrid, scored, scored.lastRow) : new Set<string>();
  const problems: WorkbookProblem[] = [];
  for (const candidate of candidates) {
    if (candidate.kind !== 'indicators' || candidate.requiredMatched < required) continue;
    const grid = grids.find((g) => g.name === candidate.sheet);
    if (!grid || grid.visibility === 'hidden') continue;
    // the two readings of a two-row header are one table
    if (reported.some((taken) => taken.sheet === candidate.sheet && candidate.firstHeaderRow <= taken.last && candidate.headerRow >= taken.first && candidate.left <= taken.right && candidate.right >= taken.left)) continue;
    const { lastDataRow } = findTableExtent(grid, { firstDataRow: candidate.headerRow + 1, left: candidate.left, right: candidate.right, stopBeforeRow: null, endsAtSectionHeading: true });
    const rows = indicatorRowTexts(grid, candidate, lastDataRow);
    // nothing under its header, or a copy elsewhere (a sheet laid out for printing) of rows all scored
    if (rows.size === 0 || (candidate.sheet !== scored.sheet && [...rows].every((row) => scoredRows.has(row)))) continue;
    reported.push(takenHeader(candidate));
    problems.push(indicatorTableIgnored(candidate, scored));
  }
  return problems;
}

/**
 * Each row of a table that names an indicator, as its 三级指标 and what its target, actual and points
 * read as, whether written in one cell or spread over three (a copy laid out for printing writes ≥4场
 * where the table has ≥ | 4 | 场, 10 as text): a figure by its number, unit and direction (≥ against ≤
 * is another indicator), anything else by its words after a leading direction sign.
 */
function indicatorRowTexts(grid: SheetGrid, table: { headerRow: number; columns: ReadonlyArray<{ field: string; column: number }> }, lastRow: number): Set<string> {
  const rows = new Set<string>();
  const columnOf = (field: string) => table.columns.find((entry) => entry.field === field)?.column;
  const [name, comparator, target, unit, actual, points] = ['level3', 'comparator', 'target', 'unit', 'actual', 'points'].map(columnOf);
  if (name === undefined) return rows;
  const cell = (column: number | undefined, row: number): RawCell | null => (column === undefined ? null : rawCellAt(grid, row, column));
  for (let row = table.headerRow + 1; row <= lastRow; row += 1) {
    const level3 = textAt(grid, row, name);
    if (level3 === '') continue;
    const unitText = unit === undefined ? '' : textAt(grid, row, unit);
    const direction = parseComparator(cell(comparator, row));
    rows.add(
      [level3, readAs(cell(target, row), unitText, direction), readAs(cell(actual, row), unitText, null), readAs(cell(points, row), '', null)].join('\u0000'),
    );
  }
  return rows;
}

/** a cell as indicatorRowTexts compares it; `unitText` and `direction` from their own columns, where the cell has none */
function readAs(cell: RawCell | null, unitText: string, direction: Comparator | 'qualitative' | null): string {
  if (cell === null) return '';
  const value = parseValue(cell);
  if (value.kind === 'quantity') return `=${value.value}|${value.unit || unitText}|${value.comparator ?? direction ?? ''}`;
  const text = textOf(cell.value).normalize('NFKC');
  const sign = LEADING_SIGN.exec(text)?.[0] ?? '';
  return `${text.slice(sign.length).trim()}|${sign !== '' ? parseComparator({ value: sign }) : (direction ?? '')}`;
}

const LEADING_SIGN = /^\s*(?:[≥≤<>=]=?|>=|<=)/;

interface TablePlace {
  sheet: string;
  firstHeaderRow: number;
  left: number;
}

function indicatorTableIgnored(other: TablePlace, scored: TablePlace): WorkbookProblem {
  const at = cellAddress(other.firstHeaderRow, other.left);
  const scoredAt = cellAddress(scored.firstHeaderRow, scored.left);
  // a table below the scored one is moved into it; one on a sheet of its own may be put away with its sheet
  const message =
    other.sheet === scored.sheet
      ? {
          'zh-CN': `工作表「${other.sheet}」${at} 起还有一张绩效指标表，未计入评分（只评了同一工作表 ${scoredAt} 起的表）：请把它的指标行移到那张表中，用“任务”列区分，并删去它的表头。`,
          'en-US': `Sheet "${other.sheet}" has another indicator table from ${at}, which was not scored (only the one from ${scoredAt} on the same sheet was): move its indicator rows into that table, with a 任务 (task) column, and delete its header.`,
        }
      : {
          'zh-CN': `工作表「${other.sheet}」${at} 起还有一张绩效指标表，未计入评分（只评了工作表「${scored.sheet}」${scoredAt} 起的表）：各任务的指标请合并到一张表，用“任务”列区分；不评的表（如往年的）请隐藏其工作表。`,
          'en-US': `Sheet "${other.sheet}" has another indicator table from ${at}, which was not scored (only the one on sheet "${scored.sheet}" from ${scoredAt} was): put every task’s indicators in one table with a 任务 (task) column, and hide the sheet of a table that is not to be scored (last year’s, say).`,
        };
  return workbookProblem('INDICATOR_TABLE_IGNORED', { sheet: other.sheet, cell: at }, message, { severity: 'warning' });
}

/**
 * Whether the marker records one of the add-in's result blocks on a sheet: there a person may have
 * inserted columns among its headers since, and the table ends before them all (output-headers.ts).
 */
function sheetsWithRecordedBlocks(grids: readonly SheetGrid[]): (sheet: string) => boolean {
  const outputs = readMarker(grids)?.outputs ?? {};
  const sheets = new Set(Object.values(outputs).map((record) => record.sheet.toLowerCase()));
  return (sheet) => sheets.has(sheet.toLowerCase());
}
