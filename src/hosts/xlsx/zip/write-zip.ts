import { CENTRAL_HEADER_SIGNATURE, CENTRAL_HEADER_SIZE, END_OF_DIRECTORY_SIGNATURE, END_OF_DIRECTORY_SIZE, LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE, UTF8_NAME, type ZipRecord } from './zip-records';

/** 2.0: deflate, directories */
const VERSION_NEEDED = 20;
/** the sizes and counts a zip without zip64 records can hold */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

/**
 * A zip of `records`, in their order: a local header and the data for each, then the central
 * directory, as Excel, WPS and LibreOffice read them (sizes and CRC in the local headers, no data
 * descriptors, no zip64). Every file gets `modified` as its time (MS-DOS format, local time).
 */
export function writeZip(records: readonly ZipRecord[], modified: Date): Buffer {
  if (records.length > MAX_ENTRIES) throw new Error(`a zip without zip64 holds at most ${MAX_ENTRIES} files, not ${records.length}`);
  const { time, date } = dosDateTime(modified);
  const parts: Buffer[] = [];
  const centralHeaders: Buffer[] = [];
  let offset = 0;
  for (const record of records) {
    const local = Buffer.alloc(LOCAL_HEADER_SIZE);
    local.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    writeFileFields(local, 6, record, time, date);
    parts.push(local, record.name, record.data);

    const central = Buffer.alloc(CENTRAL_HEADER_SIZE);
    central.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, 0);
    central.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(VERSION_NEEDED, 6);
    writeFileFields(central, 8, record, time, date);
    // comment length, disk, internal and external attributes: 0
    central.writeUInt32LE(offset, 42);
    centralHeaders.push(central, record.name);

    offset += LOCAL_HEADER_SIZE + record.name.length + record.data.length;
    if (offset > MAX_OFFSET) throw new Error('a zip without zip64 holds at most 4 GB');
  }
  const directorySize = centralHeaders.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(END_OF_DIRECTORY_SIZE);
  end.writeUInt32LE(END_OF_DIRECTORY_SIGNATURE, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...centralHeaders, end]);
}

/**
 * flags, method, time, date, CRC, sizes, name length and extra length (0): the fields both headers
 * share. Of the flags only the name's encoding is kept: sizes and CRC are in the headers (no data
 * descriptor follows), nothing is encrypted.
 */
function writeFileFields(header: Buffer, at: number, record: ZipRecord, time: number, date: number): void {
  header.writeUInt16LE(record.flags & UTF8_NAME, at);
  header.writeUInt16LE(record.method, at + 2);
  header.writeUInt16LE(time, at + 4);
  header.writeUInt16LE(date, at + 6);
  header.writeUInt32LE(record.crc32, at + 8);
  header.writeUInt32LE(record.data.length, at + 12);
  header.writeUInt32LE(record.uncompressedSize, at + 16);
  header.writeUInt16LE(record.name.length, at + 20);
}

/** MS-DOS time (2-second steps) and date (from 1980), in local time as zip tools read them */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}
