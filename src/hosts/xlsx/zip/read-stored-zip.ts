import { CENTRAL_HEADER_SIGNATURE, CENTRAL_HEADER_SIZE, END_OF_DIRECTORY_SIGNATURE, END_OF_DIRECTORY_SIZE, LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE, STORED, type ZipRecord } from './zip-records';

/**
 * The files of a zip whose every file is stored (not compressed), in the order of its central
 * directory, each one's data a view of `zip` (nothing copied), its CRC-32 as the directory records it.
 * It reads what ExcelJS writes when asked to STORE: anything else (a compressed file, a zip64 archive,
 * records out of place) is a defect of the caller and throws.
 */
export function readStoredZip(zip: Buffer): ZipRecord[] {
  const end = zip.lastIndexOf(END_OF_DIRECTORY_SIGNATURE_BYTES, zip.length - END_OF_DIRECTORY_SIZE);
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const records: ZipRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_HEADER_SIGNATURE) throw new Error(`zip central directory: no record ${i + 1} at ${offset}`);
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const crc32 = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const uncompressedSize = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.subarray(offset + CENTRAL_HEADER_SIZE, offset + CENTRAL_HEADER_SIZE + nameLength);
    if (method !== STORED || compressedSize !== uncompressedSize) throw new Error(`zip entry ${name.toString('utf8')} is compressed, not stored`);
    if (zip.readUInt32LE(localHeader) !== LOCAL_HEADER_SIGNATURE) throw new Error(`zip entry ${name.toString('utf8')}: no local header at ${localHeader}`);
    const dataStart = localHeader + LOCAL_HEADER_SIZE + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    records.push({ name, flags, method: STORED, crc32, uncompressedSize, data: zip.subarray(dataStart, dataStart + compressedSize) });
    offset += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return records;
}

const END_OF_DIRECTORY_SIGNATURE_BYTES = Buffer.alloc(4);
END_OF_DIRECTORY_SIGNATURE_BYTES.writeUInt32LE(END_OF_DIRECTORY_SIGNATURE);
