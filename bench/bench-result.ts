/** What every benchmark module returns to bench/run.ts. */
export interface BenchResult {
  name: string;
  /** measured within the budget the bench sets */
  withinBudget: boolean;
  /** one line for the summary table: the figures that matter */
  headline?: string;
}

/** A benchmark: bench/run.ts calls run() of each module listed there, in order. */
export interface BenchModule {
  run(): Promise<BenchResult>;
}
