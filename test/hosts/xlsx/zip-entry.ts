import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** the CRC-32 the central directory records for the uncompressed bytes */
  crc32: number;
  /** the entry's uncompressed bytes */
  data(): Buffer;
}

/** The entries of a zip (an .xlsx) in the order of its central directory. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) return [];
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const crc32 = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const data = () => {
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const raw = zip.subarray(dataStart, dataStart + compressedSize);
      return method === 0 ? raw : inflateRawSync(raw);
    };
    entries.push({ name, method, compressedSize, crc32, data });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads one file out of a zip (an .xlsx) so tests can look at the XML Excel will read. */
export function zipEntryText(zip: Buffer, name: string): string | null {
  const entry = zipEntries(zip).find((candidate) => candidate.name === name);
  return entry ? entry.data().toString('utf8') : null;
}
