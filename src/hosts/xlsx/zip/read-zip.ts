import { CENTRAL_HEADER_SIGNATURE, CENTRAL_HEADER_SIZE, DEFLATED, END_OF_DIRECTORY_SIGNATURE, END_OF_DIRECTORY_SIZE, LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE, STORED } from './zip-records';

/** One file of a zip as its central directory lists it, its data a view of the zip's bytes. */
export interface ZippedFile {
  /** the name as written in the zip, read as UTF-8 */
  name: string;
  /** a folder: its name ends with '/', or its MS-DOS attributes say so (as JSZip reads it) */
  directory: boolean;
  method: typeof STORED | typeof DEFLATED;
  /** the file's bytes as they lie in the zip: compressed when method is DEFLATED */
  data: Buffer;
}

/** MS-DOS attribute: a directory */
const DOS_DIRECTORY = 0x10;
/** general-purpose flag bit 0: the file is encrypted */
const ENCRYPTED = 0x0001;
/** the extra field of a Unicode name that overrides the header's (Info-ZIP 0x7075) */
const UNICODE_PATH_FIELD = 0x7075;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const MAX_COMMENT = 0xffff;

/**
 * The files of a plain zip, in the order of its central directory, nothing copied or decompressed:
 * what Excel, WPS and LibreOffice write. Anything else — zip64, encryption, a method other than store
 * or deflate, a Unicode-path field, bytes before the zip, a record out of place — gives null, and the
 * caller reads the file the general way.
 */
export function readZip(zip: Buffer): ZippedFile[] | null {
  const end = findEndOfDirectory(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  const directoryStart = zip.readUInt32LE(end + 16);
  const sameDisk = zip.readUInt16LE(end + 4) === 0 && zip.readUInt16LE(end + 6) === 0 && zip.readUInt16LE(end + 8) === count;
  if (!sameDisk || directoryStart + directorySize !== end) return null;
  if (end >= ZIP64_LOCATOR_SIZE && zip.readUInt32LE(end - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR_SIGNATURE) return null;

  const files: ZippedFile[] = [];
  let offset = directoryStart;
  for (let i = 0; i < count; i++) {
    if (offset + CENTRAL_HEADER_SIZE > end || zip.readUInt32LE(offset) !== CENTRAL_HEADER_SIGNATURE) return null;
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const externalAttributes = zip.readUInt32LE(offset + 38);
    const localHeader = zip.readUInt32LE(offset + 42);
    const nameStart = offset + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    offset = extraStart + extraLength + commentLength;
    if (offset > end) return null;
    if (flags & ENCRYPTED || (method !== STORED && method !== DEFLATED)) return null;
    if (hasExtraField(zip, extraStart, extraLength, UNICODE_PATH_FIELD)) return null;

    if (localHeader + LOCAL_HEADER_SIZE > directoryStart || zip.readUInt32LE(localHeader) !== LOCAL_HEADER_SIGNATURE) return null;
    const dataStart = localHeader + LOCAL_HEADER_SIZE + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    if (dataStart + compressedSize > directoryStart) return null;
    const name = zip.toString('utf8', nameStart, extraStart);
    const directory = (externalAttributes & DOS_DIRECTORY) !== 0 || name.endsWith('/');
    files.push({ name, directory, method, data: zip.subarray(dataStart, dataStart + compressedSize) });
  }
  return files;
}

/** where the end-of-central-directory record starts, searching back over a comment; -1 if none */
function findEndOfDirectory(zip: Buffer): number {
  const last = zip.length - END_OF_DIRECTORY_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY_SIGNATURE && at + END_OF_DIRECTORY_SIZE + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  return -1;
}

function hasExtraField(zip: Buffer, start: number, length: number, id: number): boolean {
  for (let at = start; at + 4 <= start + length; at += 4 + zip.readUInt16LE(at + 2)) {
    if (zip.readUInt16LE(at) === id) return true;
  }
  return false;
}
