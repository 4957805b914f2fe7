import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { ZipFile, type Options } from 'yazl';
import { readZip } from '../../../../src/hosts/xlsx/zip/read-zip';
import { writeZip } from '../../../../src/hosts/xlsx/zip/write-zip';
import { DEFLATED, STORED } from '../../../../src/hosts/xlsx/zip/zip-records';

type Entry = { name: string; text?: string; compress?: boolean; zip64?: boolean };

/** a zip made by yazl, an independent writer: data descriptors after every file, folders as entries */
async function yazlZip(entries: readonly Entry[], options: { comment?: string; zip64?: boolean } = {}): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries) {
    const extra: Partial<Options> = { compress: entry.compress ?? true, forceZip64Format: entry.zip64 ?? false };
    if (entry.text === undefined) zip.addEmptyDirectory(entry.name);
    else zip.addBuffer(Buffer.from(entry.text, 'utf8'), entry.name, extra);
  }
  zip.end({ comment: options.comment ?? '', forceZip64Format: options.zip64 ?? false });
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const content = (file: { method: number; data: Buffer }) => (file.method === DEFLATED ? inflateRawSync(file.data) : file.data).toString('utf8');

const WORKBOOK: Entry[] = [
  { name: '[Content_Types].xml', text: '<Types/>' },
  { name: 'xl/', text: undefined },
  { name: 'xl/worksheets/sheet1.xml', text: `<sheetData>${'<row/>'.repeat(500)}</sheetData>` },
  { name: 'xl/media/图1.png', text: 'PNG', compress: false },
];

describe('reading a zip in place', () => {
  it('lists every file in the order of the central directory, with its bytes, method and folder mark', async () => {
    const files = readZip(await yazlZip(WORKBOOK));
    expect(files?.map((file) => [file.name, file.directory, file.method])).toEqual([
      ['[Content_Types].xml', false, DEFLATED],
      ['xl/', true, STORED],
      ['xl/worksheets/sheet1.xml', false, DEFLATED],
      ['xl/media/图1.png', false, STORED],
    ]);
    expect(files?.map(content)).toEqual(['<Types/>', '', `<sheetData>${'<row/>'.repeat(500)}</sheetData>`, 'PNG']);
  });

  it('finds the directory behind an archive comment', async () => {
    const files = readZip(await yazlZip(WORKBOOK, { comment: 'self-evaluation 2024, PK' }));
    expect(files?.map((file) => file.name)).toEqual(WORKBOOK.map((entry) => entry.name));
  });

  it('reads what the host itself writes', () => {
    const text = Buffer.from('<workbook/>');
    const zip = writeZip([{ name: Buffer.from('xl/workbook.xml'), flags: 0, method: DEFLATED, crc32: crc32(text), uncompressedSize: text.length, data: deflateRawSync(text) }], new Date());
    expect(readZip(zip)?.map(content)).toEqual(['<workbook/>']);
  });

  it('takes a folder by its MS-DOS attribute as well as by its name', async () => {
    const zip = await yazlZip([{ name: 'docs', text: '' }]);
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0x10, central + 38);
    expect(readZip(zip)?.[0].directory).toBe(true);
  });

  describe('leaves to the general reader (null)', () => {
    it('a zip64 archive', async () => {
      expect(readZip(await yazlZip([{ name: 'a.xml', text: '<a/>', zip64: true }]))).toBeNull();
      // zip64 records at the end only, the file's own sizes plain
      expect(readZip(await yazlZip([{ name: 'a.xml', text: '<a/>' }], { zip64: true }))).toBeNull();
    });

    it('an encrypted file', async () => {
      const zip = await yazlZip([{ name: 'a.xml', text: '<a/>' }]);
      const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
      expect(readZip(zip)).toBeNull();
    });

    it('a compression method other than store or deflate', async () => {
      const zip = await yazlZip([{ name: 'a.xml', text: '<a/>' }]);
      const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      zip.writeUInt16LE(14, central + 10); // LZMA
      expect(readZip(zip)).toBeNull();
    });

    it('a Unicode-path field, which names the file differently from its header', async () => {
      const unicodePath = Buffer.from([0x75, 0x70, 5, 0, 1, 0, 0, 0, 0]);
      const zip = new ZipFile();
      zip.addBuffer(Buffer.from('<a/>'), 'a.xml', { compress: false });
      zip.end();
      const chunks: Buffer[] = [];
      for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
      const plain = Buffer.concat(chunks);
      // the same zip with the field in the central directory's record
      const central = plain.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      const end = plain.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      const record = Buffer.from(plain.subarray(central, central + 46 + 5));
      record.writeUInt16LE(unicodePath.length, 30);
      const endRecord = Buffer.from(plain.subarray(end));
      endRecord.writeUInt32LE(end - central + unicodePath.length, 12);
      expect(readZip(Buffer.concat([plain.subarray(0, central), record, unicodePath, endRecord]))).toBeNull();
      expect(readZip(plain)).not.toBeNull();
    });

    it('bytes before the zip, so that no offset points where it says', async () => {
      expect(readZip(Buffer.concat([Buffer.from('MZ self-extracting stub'), await yazlZip(WORKBOOK)]))).toBeNull();
    });

    it('a cut-off file, or no zip at all', async () => {
      const zip = await yazlZip(WORKBOOK);
      expect(readZip(zip.subarray(0, zip.length - 30))).toBeNull();
      expect(readZip(Buffer.from('单位名称,评价年度\n'))).toBeNull();
      expect(readZip(Buffer.alloc(0))).toBeNull();
    });
  });
});
