/**
 * What a proxy object queues on its request context (a property set, a method call, a load, the
 * creation of an object), and what a sync hands each operation while it runs.
 */
import type { CellError, CellScalar } from '../../domain/model';
import type { DocumentTransaction } from './document-transaction';

export interface SyncExchange {
  /** the value of a formula cell, from the workbook's pluggable evaluator */
  evaluate(sheet: string, row: number, column: number, formula: string): CellScalar | CellError | null;
  /** data sent back to the add-in (counted against the response size) */
  respond(payload: unknown): void;
  /** runs after the whole batch succeeded, in queue order (loads deliver their values here) */
  afterCommit(callback: () => void): void;
  /** what a child of a null object becomes: a null object too, or an ItemNotFound failure */
  readonly nullObjectChaining: NullObjectChaining;
}

export type NullObjectChaining = 'nullObject' | 'itemNotFound';

export interface QueuedOperation {
  /** a JSON description like the one Office.js sends; its length is the request size */
  request: Record<string, unknown>;
  /** the ExcelApi requirement set the operation needs (fails with ApiNotFound below it) */
  minimumApi?: string;
  apply(tx: DocumentTransaction, exchange: SyncExchange): void;
}
