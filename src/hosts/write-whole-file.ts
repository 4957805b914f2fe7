import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to `file` whole or not at all: into a hidden file beside it, then renamed over it (a
 * rename within a folder replaces the file in one step). A command stopped while writing (Ctrl+C, a
 * killed job, a full disk) leaves no truncated workbook or document where the user expects one, and
 * the file it was replacing as it was. A failure's message names `file`, not the hidden one.
 */
export async function writeWholeFile(file: string, data: Uint8Array): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await fs.writeFile(partial, data, { flag: 'wx' });
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw naming(file, error);
  }
}

/** The system's error about the hidden file, told about `file`: "ENOENT: no such file or directory, write '…/out.xlsx'". */
function naming(file: string, error: unknown): unknown {
  // not `instanceof Error`: node's own errors may come from another realm (a test runner's sandbox)
  const message = (error as { message?: unknown } | null)?.message;
  const system = typeof message === 'string' ? /^([A-Z]+: [^,]+),/.exec(message) : null;
  if (!system) return error;
  return Object.assign(new Error(`${system[1]}, write '${file}'`, { cause: error }), { code: (error as NodeJS.ErrnoException).code });
}
