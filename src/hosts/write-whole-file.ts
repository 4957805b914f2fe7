import { randomBytes } from 'node:crypto';
import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to `file` whole or not at all: into a hidden file beside it, then renamed over it (a
 * rename within a folder replaces the file in one step). A command stopped while writing (Ctrl+C, a
 * killed job, a full disk) leaves no truncated workbook or document where the user expects one, and
 * the file it was replacing as it was. A failure's message names `file`, not the hidden one.
 */
export async function writeWholeFile(file: string, data: Uint8Array): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  partialFiles.add(partial);
  if (partialFiles.size === 1) listenForStops(true);
  try {
    await fs.writeFile(partial, data, { flag: 'wx' });
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw naming(file, error);
  } finally {
    partialFiles.delete(partial);
    if (partialFiles.size === 0) listenForStops(false);
  }
}

/** the hidden files being written now, not yet renamed into place */
const partialFiles = new Set<string>();

/** the signals that stop a command (Ctrl+C, kill, a closed terminal); bin/perf-eval.js passes them on */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Stopped by a signal while writing, the process first removes the hidden files of its writes (it
 * never gets to their clean-up), then ends by that signal as it would have (a shell sees 130 for
 * Ctrl+C). Listened for only while a write is under way: the write is asynchronous, so the handler
 * runs at once, whereas reading, scoring and zipping hold the event loop for seconds at a time, and
 * a handler would hold Ctrl+C back until they finish. Without one Node ends the process at once.
 */
function onStop(signal: NodeJS.Signals): void {
  discardPartialFiles();
  process.kill(process.pid, signal);
}

function listenForStops(on: boolean): void {
  for (const signal of STOP_SIGNALS) {
    if (on) process.on(signal, onStop);
    else process.off(signal, onStop);
  }
}

/**
 * Removes the hidden files of the writes under way, at once, and stops listening for stops: for a
 * process about to end by a signal, so that it leaves no half-written .partial file beside the output
 * (on Windows not even hidden).
 */
export function discardPartialFiles(): void {
  for (const partial of partialFiles) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // ending anyway: a file that cannot be removed stays, as it would have without this
    }
  }
  partialFiles.clear();
  listenForStops(false);
}

/** The system's error about the hidden file, told about `file`: "ENOENT: no such file or directory, write '…/out.xlsx'". */
function naming(file: string, error: unknown): unknown {
  // not `instanceof Error`: node's own errors may come from another realm (a test runner's sandbox)
  const message = (error as { message?: unknown } | null)?.message;
  const system = typeof message === 'string' ? /^([A-Z]+: [^,]+),/.exec(message) : null;
  if (!system) return error;
  return Object.assign(new Error(`${system[1]}, write '${file}'`, { cause: error }), { code: (error as NodeJS.ErrnoException).code });
}
