import { cellAddress } from '../cells/a1';
import type { Locale, Severity, Warning, WarningCode } from '../model';
import { WarningMessage, type WarningParams } from './catalogue';

/** A warning as a plain object: what JSON.stringify writes for every warning, key order included. */
export interface PlainWarning {
  code: WarningCode;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  message: Record<Locale, string>;
  params: WarningParams;
}

/**
 * The warning about one cell of an indicator row, as scoring and the row checks make them: well over
 * 100,000 in a large workbook, of which a reader shows a few. It keeps its cell as row and column and
 * writes the A1 address and the messages when they are read; making both for every warning up front
 * was a tenth of the engine's time, and most of what a warning weighed. Reading `cell` and `message`
 * gives what the plain warning held, and JSON.stringify writes the plain warning (toJSON), so
 * `perf-eval score --json` is unchanged. Nothing changes a warning once made.
 */
export class CellWarning implements Warning {
  readonly #row: number;
  /** 0 when the warning is about the row as a whole (no cell) */
  readonly #column: number;

  constructor(
    readonly code: WarningCode,
    readonly severity: Severity,
    readonly sheet: string,
    row: number,
    column: number,
    readonly params: WarningParams,
  ) {
    this.#row = row;
    this.#column = column;
  }

  get cell(): string | null {
    return this.#column > 0 ? cellAddress(this.#row, this.#column) : null;
  }

  get message(): Record<Locale, string> {
    return new WarningMessage(this.code, this.params);
  }

  toJSON(): PlainWarning {
    return { code: this.code, severity: this.severity, sheet: this.sheet, cell: this.cell, message: new WarningMessage(this.code, this.params).toJSON(), params: this.params };
  }
}
