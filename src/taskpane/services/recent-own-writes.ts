/**
 * The add-in's own writes into the input tables (评分设置 when the scheme is saved, the template's
 * sheets), for Excel before ExcelApi 1.14, where only the ranges a change lands in tell it apart from
 * a person's. Unlike the result columns, these cells are inputs a person edits too, so they may count
 * as the add-in's only while the write's own change events can still arrive: from the write until a
 * short while after it. A person's edit of those very cells in that moment is missed; it is far less
 * likely than the write's own events, which always come, and would start a run that the save already
 * made (or mark the result it just scored out of date).
 */
import type { SheetRange } from './watched-ranges';

/** how long after a write its change events are taken to be its own (Excel raises them just after the sync) */
export const OWN_WRITE_EVENT_WINDOW_MS = 2_000;

interface Write {
  ranges: SheetRange[];
  /** epoch milliseconds; Infinity while the write is in progress */
  until: number;
}

export class RecentOwnWrites {
  private writes: Write[] = [];

  constructor(
    private readonly now: () => number,
    private readonly windowMs: number = OWN_WRITE_EVENT_WINDOW_MS,
  ) {}

  /** runs the write, counting `ranges` as the add-in's own from now until the window after it ends */
  async during<T>(ranges: SheetRange[], write: () => Promise<T>): Promise<T> {
    const entry: Write = { ranges, until: Number.POSITIVE_INFINITY };
    this.writes.push(entry);
    try {
      return await write();
    } finally {
      entry.until = this.now() + this.windowMs;
    }
  }

  /** the ranges still counted as the add-in's own */
  ranges(): SheetRange[] {
    const now = this.now();
    this.writes = this.writes.filter((write) => write.until > now);
    return this.writes.flatMap((write) => write.ranges);
  }
}
