import type { UnreadableWorkbookReason } from './unreadable-workbook';

/** OLE compound document: both encrypted OOXML files and old .xls files start with these bytes. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** zip local file header "PK\3\4" (an .xlsx is a zip) */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** zip end of central directory record "PK\5\6": the last thing a complete zip holds */
const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** the record (22 bytes, its comment's length in the last two) and the longest comment that may follow it */
const END_RECORD_SEARCH = 22 + 0xffff;

/**
 * What the bytes say before any parsing, so a wrong file gets a precise reason instead of a zip or
 * XML error. Zip entry names are stored uncompressed in the headers, so a byte search finds them.
 */
export function classifyWorkbookBytes(bytes: Buffer): 'xlsx' | UnreadableWorkbookReason {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'encryptedOrXls';
  if (!startsWith(bytes, ZIP_SIGNATURE)) return 'notXlsx';
  // a file cut short (a download or copy that stopped) starts like a zip and lacks its end record
  if (!hasEndOfCentralDirectory(bytes)) return 'incomplete';
  if (bytes.includes('xl/workbook.xml')) return 'xlsx';
  if (bytes.includes('xl/workbook.bin')) return 'binaryWorkbook';
  return 'zipNotWorkbook';
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}

/** the record is there whole, with the comment it announces (a file cut inside it is cut short too) */
function hasEndOfCentralDirectory(bytes: Buffer): boolean {
  const at = bytes.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  if (at < 0 || at < bytes.length - END_RECORD_SEARCH || at + 22 > bytes.length) return false;
  return at + 22 + bytes.readUInt16LE(at + 20) <= bytes.length;
}
