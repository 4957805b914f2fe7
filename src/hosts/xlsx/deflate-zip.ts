import { unzipSync } from 'fflate';
import { ZipFile } from 'yazl';

/**
 * Re-packs a stored (uncompressed) zip with every file deflated by node's zlib, entries in the same
 * order under the same names. ExcelJS compresses with JSZip's pure-JavaScript deflate, which costs
 * about a third of saving a scored workbook; asked to STORE, it leaves the compressing to this, which
 * runs on zlib's thread pool. Unpacking a stored zip is little more than slicing it.
 */
export async function deflateStoredZip(stored: Uint8Array, modified: Date = new Date()): Promise<Buffer> {
  // the order of the central directory, whatever the names (an object puts integer-like keys first)
  const names: string[] = [];
  const files = unzipSync(stored, {
    filter: (file) => {
      names.push(file.name);
      return true;
    },
  });
  const zip = new ZipFile();
  for (const name of names) {
    if (name.endsWith('/')) {
      zip.addEmptyDirectory(name, { mtime: modified });
      continue;
    }
    const data = files[name];
    zip.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, { compress: true, mtime: modified });
  }
  zip.end();
  return collect(zip.outputStream);
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
