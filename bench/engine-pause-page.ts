/**
 * The page's side of engine-after-pause.ts and of the renderer's figures in engine-in-browser.ts: one
 * generated table, evaluated on demand, each evaluation timed. No evaluation keeps its report, as a replaced report in the pane is garbage.
 */
import { evaluate } from '../src/domain/evaluate';
import type { EvaluationInput } from '../src/domain/model';
import { engineBenchInput } from './engine-input';

let input: EvaluationInput | null = null;

export function prepare(size: number): void {
  input = engineBenchInput(size);
}

/** Milliseconds one evaluation of the prepared table takes. */
export function timedEvaluation(): number {
  if (input === null) throw new Error('prepare() the table first');
  const start = performance.now();
  evaluate(input);
  return performance.now() - start;
}
