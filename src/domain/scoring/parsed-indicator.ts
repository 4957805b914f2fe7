import type { Comparator, IndicatorRow, ParsedValue } from '../model';

/** A points or 自评得分 cell, read. */
export type NumberCell =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'placeholder'; text: string }
  /** "/", "—", "不适用": the cell is marked as not applying, as the whole row of a not-applicable indicator often is */
  | { kind: 'notApplicable'; text: string }
  /**
   * A percentage ("10%", or 0.1 shown as 10%): as 分值, that share of the scheme's total points. `raw`
   * is the number stored in the cell (null for text), `text` the percentage as shown.
   */
  | { kind: 'share'; fraction: number; raw: number | null; text: string }
  | { kind: 'invalid'; text: string };

/** An indicator row after the parse stage: what scoring works on. */
export interface ParsedIndicator {
  row: IndicatorRow;
  /** the 三级指标, trimmed: the name every message about the row quotes */
  name: string;
  /** 指标性质, when the table has the column and the cell says something */
  comparatorColumn: Comparator | 'qualitative' | null;
  target: ParsedValue;
  actual: ParsedValue;
  /** 度量单位 as written, '' when absent */
  unitColumn: string;
  points: NumberCell;
  selfScore: NumberCell;
}

/**
 * The parse stage's result for a block of rows (see evaluate), by column: row i of the table is
 * element i − first of each column. Columns of references to shared values rather than an object per
 * row, reused block after block: the stage allocates next to nothing that outlives it.
 */
export interface ParsedBlock {
  /** the whole table */
  rows: readonly IndicatorRow[];
  /** the table index of the block's first row */
  first: number;
  name: string[];
  comparatorColumn: Array<Comparator | 'qualitative' | null>;
  target: ParsedValue[];
  actual: ParsedValue[];
  unitColumn: string[];
  points: NumberCell[];
  selfScore: NumberCell[];
}

/** Row i of the table, parsed in the current block, into an existing view. */
export function readRow(block: ParsedBlock, i: number, view: ParsedIndicator): void {
  const k = i - block.first;
  view.row = block.rows[i];
  view.name = block.name[k];
  view.comparatorColumn = block.comparatorColumn[k];
  view.target = block.target[k];
  view.actual = block.actual[k];
  view.unitColumn = block.unitColumn[k];
  view.points = block.points[k];
  view.selfScore = block.selfScore[k];
}
