/** Headers of the columns the add-in writes beside the input tables; it knows its columns again by them. */
export const INDICATOR_OUTPUT_HEADERS = ['完成率', '计算得分', '状态', '提示'] as const;
export const BUDGET_OUTPUT_HEADERS = ['执行率', '得分', '提示'] as const;

export const OUTPUT_HEADER_SEQUENCES: ReadonlyArray<readonly string[]> = [INDICATOR_OUTPUT_HEADERS, BUDGET_OUTPUT_HEADERS];

/**
 * How many columns a person may have inserted between two of the add-in's columns (their notes, an
 * 审核意见) for the block still to be known as one: further apart, the headers are not one block.
 */
export const MAX_COLUMNS_INSERTED_IN_BLOCK = 5;

export interface HeaderText {
  column: number;
  text: string;
}

/**
 * The add-in's headers found in order along a header row: for each of `headers`, its column, or null
 * where the run lacks it (a column deleted or renamed since). Between two of its columns may stand
 * columns a person inserted, whose headers are neither the add-in's nor the table's.
 */
export interface OutputHeaderRun {
  columns: Array<number | null>;
  found: number;
  first: number;
  last: number;
}

/**
 * A note's headers: inserted among a recorded block's columns, as the add-in's message advises for
 * notes, such a column is the person's, though the budget table would read 备注 or 说明 as its own.
 * Any other header of the table's there (偏差原因 moved among them) is the table's.
 */
const NOTE_HEADERS: ReadonlySet<string> = new Set(['备注', '说明', '审核意见', '批注', '注释']);

/**
 * Where the add-in's headers are looked for. `blockRecorded`: the marker records a block on this sheet,
 * which a person may have inserted columns into since (their notes, an 审核意见, a 备注 that reads like
 * one of the table's fields: NOTE_HEADERS); without such a record, the headers are a block only side by side, as
 * the add-in writes them, so that a table's own 执行率 | 得分 | 责任科室 | 提示 is never taken for one.
 */
export interface OutputHeaderSearch {
  blockRecorded: boolean;
  /** a header of the table's own: one between the add-in's headers ends a run (but see NOTE_HEADERS) */
  isTableHeader?: (text: string) => boolean;
}

/**
 * Every run of the add-in's `headers` in a header row (its non-blank cells, left to right): a run
 * goes on while the next of its headers comes after the last one found — where a block is recorded,
 * no more than MAX_COLUMNS_INSERTED_IN_BLOCK columns further, with no header of the add-in's other
 * block between; otherwise in the very next column.
 */
export function outputHeaderRuns(cells: readonly HeaderText[], headers: readonly string[], search: OutputHeaderSearch): OutputHeaderRun[] {
  const maxInserted = search.blockRecorded ? MAX_COLUMNS_INSERTED_IN_BLOCK : 0;
  const isTableHeader = search.isTableHeader ?? (() => false);
  const runs: OutputHeaderRun[] = [];
  let run: OutputHeaderRun | null = null;
  let lastIndex = -1;
  const close = (): void => {
    if (run) runs.push(run);
    run = null;
    lastIndex = -1;
  };
  for (const cell of cells) {
    const index = headers.indexOf(cell.text);
    if (index < 0) {
      const tables = isTableHeader(cell.text) && !(search.blockRecorded && NOTE_HEADERS.has(cell.text.trim()));
      if (tables || OUTPUT_HEADER_SEQUENCES.some((sequence) => sequence.includes(cell.text))) close();
      continue;
    }
    if (run !== null && (index <= lastIndex || cell.column - (run as OutputHeaderRun).last - 1 > maxInserted)) close();
    if (run === null) run = { columns: headers.map(() => null), found: 0, first: cell.column, last: cell.column };
    const current: OutputHeaderRun = run;
    current.columns[index] = cell.column;
    current.found += 1;
    current.last = cell.column;
    lastIndex = index;
  }
  close();
  return runs;
}

/**
 * The number of trailing cells of a header row that are one of the add-in's output blocks (0 when the
 * row does not end with one), so a table's extent leaves the add-in's own columns out: its headers in
 * order, the last at the row's end, with any columns a person inserted between them.
 */
export function trailingOutputHeaderCount(cells: readonly HeaderText[], search: OutputHeaderSearch): number {
  if (cells.length === 0) return 0;
  const end = cells[cells.length - 1].column;
  for (const sequence of OUTPUT_HEADER_SEQUENCES) {
    const runs = outputHeaderRuns(cells, sequence, search);
    const last = runs[runs.length - 1];
    if (last && last.found === sequence.length && last.last === end) return cells.filter((cell) => cell.column >= last.first).length;
  }
  return 0;
}
