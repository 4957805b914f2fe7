import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import { readStoredZip } from './zip/read-stored-zip';
import { writeZip } from './zip/write-zip';
import { DEFLATED, type ZipRecord } from './zip/zip-records';

const deflate = promisify(deflateRaw);

/**
 * zlib's level 4 makes a scored workbook about as small as ExcelJS's own deflate did (1,000
 * indicators: 125 KB; level 6 119 KB) in about 60% of level 6's time.
 */
const DEFLATE_LEVEL = 4;

/**
 * Re-packs a stored (uncompressed) zip with every file deflated by node's zlib, entries in the same
 * order under the same names. ExcelJS compresses with JSZip's pure-JavaScript deflate, which costs
 * about a third of saving a scored workbook; asked to STORE, it leaves the compressing to this. The
 * files are deflated at once on zlib's thread pool; the stored zip's CRCs are kept (the bytes are the
 * same), and its files' data are read in place.
 */
export async function deflateStoredZip(stored: Uint8Array, modified: Date = new Date()): Promise<Buffer> {
  const zip = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const files = readStoredZip(zip);
  const deflated = await Promise.all(
    files.map(async (file): Promise<ZipRecord> => {
      // a directory has no data to compress
      if (file.name[file.name.length - 1] === SLASH) return file;
      return { ...file, method: DEFLATED, data: await deflate(file.data, { level: DEFLATE_LEVEL }) };
    }),
  );
  return writeZip(deflated, modified);
}

const SLASH = 0x2f;
