/**
 * When re-scoring runs after edits: once the edits pause for the debounce time (ten quick edits give
 * one run); never two runs at once, so writes never interleave; an edit during a run asks for exactly
 * one more run after it, however many edits came.
 */

export interface Clock {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RecalculationScheduler {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private another = false;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly debounceMs: number,
    private readonly clock: Clock,
    private readonly onRunFailed: (error: unknown) => void,
  ) {}

  /** an input changed */
  request(): void {
    if (this.stopped) return;
    if (this.running) {
      this.another = true;
      return;
    }
    this.restartTimer();
  }

  /** no more runs; resolves when a run in progress has finished */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** resolves when no run is in progress (tests and the pane wait on it) */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private restartTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.start();
    }, this.debounceMs);
  }

  private start(): void {
    if (this.stopped) return;
    this.running = this.run()
      .catch((error: unknown) => this.onRunFailed(error))
      .finally(() => {
        this.running = null;
        if (this.another && !this.stopped) {
          this.another = false;
          this.restartTimer();
        }
      });
  }
}
