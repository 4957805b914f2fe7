import type { Comparator, FieldColumns, IndicatorField, IndicatorRow, IndicatorStatus, Level1Kind, ParsedValue, ScoredIndicator } from '../model';

/** The facts of a scored indicator that are its row's, read from the row. */
type RowFacts = 'sheet' | 'row' | 'task' | 'level1' | 'level2' | 'name' | 'reason' | 'columns';

/** What scoring one row found; the rest of a scored indicator is its row's. */
export type IndicatorOutcome = Omit<ScoredIndicator, RowFacts>;

/**
 * A scored indicator as the engine makes them, one per row of a table that may hold 100,000. The row's
 * own facts (sheet, row, task, level names, 偏差原因, columns) are read from the row it was scored from
 * instead of copied: in Node, whose heap holds every field at 8 bytes, eight copied fields were a third
 * of what each indicator weighed and of what each evaluation left for the collector to move. Reading it
 * gives what the plain indicator held, and JSON.stringify writes the plain indicator (toJSON), so
 * `perf-eval score --json` is unchanged. Nothing changes an indicator once made.
 */
export class RowScoredIndicator implements ScoredIndicator {
  readonly #row: IndicatorRow;
  readonly level1Kind: Level1Kind;
  readonly comparator: Comparator | 'qualitative' | null;
  readonly target: ParsedValue;
  readonly actual: ParsedValue;
  readonly points: number | null;
  readonly computedScore: number | null;
  readonly selfScore: number | null;
  readonly score: number | null;
  readonly completionRate: number | null;
  readonly status: IndicatorStatus;
  readonly provisional: boolean;

  constructor(row: IndicatorRow, outcome: IndicatorOutcome) {
    this.#row = row;
    this.level1Kind = outcome.level1Kind;
    this.comparator = outcome.comparator;
    this.target = outcome.target;
    this.actual = outcome.actual;
    this.points = outcome.points;
    this.computedScore = outcome.computedScore;
    this.selfScore = outcome.selfScore;
    this.score = outcome.score;
    this.completionRate = outcome.completionRate;
    this.status = outcome.status;
    this.provisional = outcome.provisional;
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

  /** the plain indicator, key for key in the report's order */
  toJSON(): ScoredIndicator {
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
