/** The signatures and sizes of the zip records this host reads and writes (PKWARE APPNOTE 4.3). */
export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_DIRECTORY_SIZE = 22;

export const STORED = 0;
export const DEFLATED = 8;

/** general-purpose flag bit 11: the name is UTF-8 */
export const UTF8_NAME = 0x0800;

/** One file of a zip, as the central directory describes it, with its bytes as they are in the zip. */
export interface ZipRecord {
  /** the name's bytes as written (UTF-8 when the flag says so) */
  name: Buffer;
  /** general-purpose flags; bit 11: the name is UTF-8 */
  flags: number;
  method: typeof STORED | typeof DEFLATED;
  /** CRC-32 of the uncompressed bytes */
  crc32: number;
  uncompressedSize: number;
  /** the bytes as stored in the zip (compressed when method is DEFLATED) */
  data: Buffer;
}
