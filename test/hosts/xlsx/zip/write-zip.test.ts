import { crc32, deflateRawSync } from 'node:zlib';
import { writeZip } from '../../../../src/hosts/xlsx/zip/write-zip';
import { DEFLATED, STORED, type ZipRecord } from '../../../../src/hosts/xlsx/zip/zip-records';
import { zipEntries } from '../../../fixtures/zip-entries';

function record(name: string, text: string, method: ZipRecord['method'] = DEFLATED, flags = 0): ZipRecord {
  const bytes = Buffer.from(text, 'utf8');
  return { name: Buffer.from(name, 'utf8'), flags, method, crc32: crc32(bytes), uncompressedSize: bytes.length, data: method === DEFLATED ? deflateRawSync(bytes) : bytes };
}

/** the local header of each file, read in order from the start (what a streaming reader sees) */
function localHeaders(zip: Buffer) {
  const headers = [];
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const nameLength = zip.readUInt16LE(offset + 26);
    const compressedSize = zip.readUInt32LE(offset + 18);
    headers.push({
      flags: zip.readUInt16LE(offset + 6),
      method: zip.readUInt16LE(offset + 8),
      time: zip.readUInt16LE(offset + 10),
      date: zip.readUInt16LE(offset + 12),
      crc32: zip.readUInt32LE(offset + 14),
      compressedSize,
      uncompressedSize: zip.readUInt32LE(offset + 22),
      name: zip.toString('utf8', offset + 30, offset + 30 + nameLength),
    });
    offset += 30 + nameLength + zip.readUInt16LE(offset + 28) + compressedSize;
  }
  return headers;
}

const MODIFIED = new Date(2024, 5, 1, 13, 45, 31);

describe('writing a zip', () => {
  const records = [record('[Content_Types].xml', '<Types/>'), record('xl/', '', STORED), record('xl/worksheets/sheet1.xml', '<c r="A1"><v>优</v></c>'.repeat(50)), record('评分.xml', '<x/>', DEFLATED, 0x0800)];
  const zip = writeZip(records, MODIFIED);

  it('holds every file under its name, in order, with its bytes, as the central directory says', () => {
    const entries = zipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual(['[Content_Types].xml', 'xl/', 'xl/worksheets/sheet1.xml', '评分.xml']);
    expect(entries.map((entry) => entry.data().toString('utf8'))).toEqual(['<Types/>', '', '<c r="A1"><v>优</v></c>'.repeat(50), '<x/>']);
    expect(entries.map((entry) => entry.method)).toEqual([8, 0, 8, 8]);
    for (const entry of entries) expect(entry.crc32).toBe(crc32(entry.data()));
  });

  it('says the same in each local header, with sizes and CRC there (no data descriptors)', () => {
    const headers = localHeaders(zip);
    expect(headers.map((header) => header.name)).toEqual(zipEntries(zip).map((entry) => entry.name));
    headers.forEach((header, i) => {
      expect(header).toMatchObject({ method: records[i].method, crc32: records[i].crc32, compressedSize: records[i].data.length, uncompressedSize: records[i].uncompressedSize });
      expect(header.flags & 0x0008).toBe(0);
    });
  });

  it('marks UTF-8 names as such and keeps no other flag', () => {
    // 0x0008: sizes in a data descriptor after the data, which this writer never writes
    const flagged = writeZip([record('a.xml', '<a/>', DEFLATED, 0x0008), record('表.xml', '<b/>', DEFLATED, 0x0808)], MODIFIED);
    expect(localHeaders(flagged).map((header) => header.flags)).toEqual([0, 0x0800]);
  });

  it('dates every file in MS-DOS format: 2024-06-01 13:45:31 is 13:45:30', () => {
    const [header] = localHeaders(zip);
    expect(header.time).toBe((13 << 11) | (45 << 5) | 15);
    expect(header.date).toBe(((2024 - 1980) << 9) | (6 << 5) | 1);
  });

  it('ends with the directory record that counts the files and points at the directory', () => {
    const end = zip.subarray(zip.length - 22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect(end.readUInt16LE(10)).toBe(4);
    expect(end.readUInt32LE(12) + end.readUInt32LE(16)).toBe(zip.length - 22);
  });

  it('refuses more files than a zip without zip64 can hold', () => {
    const many = Array.from({ length: 0x10000 }, () => record('a', '', STORED));
    expect(() => writeZip(many, MODIFIED)).toThrow('at most 65535 files');
  });
});
