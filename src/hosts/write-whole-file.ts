import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to `file` whole or not at all: into a hidden file beside it, then renamed over it (a
 * rename within a folder replaces the file in one step). A command stopped while writing (Ctrl+C, a
 * killed job, a full disk) leaves no truncated workbook or document where the user expects one, and
 * the file it was replacing as it was.
 */
export async function writeWholeFile(file: string, data: Uint8Array): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await fs.writeFile(partial, data, { flag: 'wx' });
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}
