import type { Comparator, FieldColumns, IndicatorField, IndicatorRow, IndicatorStatus, Level1Kind, ParsedValue, ScoredIndicator } from '../model';

/** A scored indicator as a plain object: what JSON.stringify writes for every indicator, key order included. */
export type PlainScoredIndicator = { [K in keyof ScoredIndicator]: ScoredIndicator[K] };

/**
 * The report's line for one indicator row. What the row already says (its sheet and row, task, levels,
 * name, reason and columns) is read through from the input row rather than copied: a large workbook has
 * 100,000 lines, and the engine's time goes mostly to making and keeping their bytes. Reading any field
 * gives what a plain object would hold; JSON.stringify writes the plain object (toJSON). Only `score`
 * changes after the line is made (rescaling when indicators are not applicable, see totals.ts).
 */
export class IndicatorLine implements ScoredIndicator {
  readonly #row: IndicatorRow;

  constructor(
    row: IndicatorRow,
    readonly level1Kind: Level1Kind,
    readonly comparator: Comparator | 'qualitative' | null,
    readonly target: ParsedValue,
    readonly actual: ParsedValue,
    readonly points: number | null,
    readonly computedScore: number | null,
    readonly selfScore: number | null,
    public score: number | null,
    readonly completionRate: number | null,
    readonly status: IndicatorStatus,
    readonly provisional: boolean,
  ) {
    this.#row = row;
  }

  get sheet(): string {
    return this.#row.sheet;
  }

  get row(): number {
    return this.#row.row;
  }

  get task(): string | null {
    return this.#row.task;
  }

  get level1(): string {
    return this.#row.level1;
  }

  get level2(): string {
    return this.#row.level2;
  }

  get name(): string {
    return this.#row.level3;
  }

  get reason(): string {
    return this.#row.reason;
  }

  get columns(): FieldColumns<IndicatorField> {
    return this.#row.columns;
  }

  toJSON(): PlainScoredIndicator {
    return {
      sheet: this.sheet,
      row: this.row,
      task: this.task,
      level1: this.level1,
      level1Kind: this.level1Kind,
      level2: this.level2,
      name: this.name,
      comparator: this.comparator,
      target: this.target,
      actual: this.actual,
      points: this.points,
      computedScore: this.computedScore,
      selfScore: this.selfScore,
      score: this.score,
      completionRate: this.completionRate,
      status: this.status,
      provisional: this.provisional,
      reason: this.reason,
      columns: this.columns,
    };
  }
}
