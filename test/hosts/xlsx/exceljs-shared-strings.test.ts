import { installSharedStringIndexes } from '../../../src/hosts/xlsx/exceljs-shared-strings';

interface SharedStrings {
  add(value: unknown): number;
  readonly values: unknown[];
  readonly count: number;
  readonly uniqueCount: number;
  readonly xml: string;
}
type SharedStringsClass = new () => SharedStrings;

// this file's ExcelJS, with the patch installed (imported above) …
const Patched = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as SharedStringsClass;
// … and ExcelJS's shared strings as they ship
let Pristine: SharedStringsClass;
jest.isolateModules(() => {
  Pristine = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as SharedStringsClass;
});

describe('shared string indexes kept in a Map by text', () => {
  it('is installed once', () => {
    expect(installSharedStringIndexes()).toBe(true);
    expect(Patched.prototype).not.toBe(Pristine.prototype);
    expect((Patched.prototype as unknown as Record<string, unknown>).addText).not.toBe((Pristine.prototype as unknown as Record<string, unknown>).addText);
  });

  it('gives each text the index, list and count ExcelJS gives it, rich text and names of Object’s own properties too', () => {
    const texts: unknown[] = ['达标', '未达标', '达标', '', '__proto__', 'constructor', 'toString', '达标', ' ', '', { richText: [{ text: '达标' }] }, 'hasOwnProperty', '__proto__', { richText: [{ text: '达标' }] }, '1', '未达标'];
    const mine = new Patched();
    const theirs = new Pristine();
    expect(texts.map((text) => mine.add(text))).toEqual(texts.map((text) => theirs.add(text)));
    expect(mine.values).toEqual(theirs.values);
    expect([mine.count, mine.uniqueCount]).toEqual([theirs.count, theirs.uniqueCount]);
    expect([mine.count, mine.uniqueCount]).toEqual([16, 10]);
    expect(mine.xml).toBe(theirs.xml);
  });

  it('keeps each workbook’s strings apart', () => {
    const first = new Patched();
    const second = new Patched();
    expect([first.add('甲'), first.add('乙'), second.add('乙'), second.add('甲'), first.add('甲')]).toEqual([0, 1, 0, 1, 0]);
  });
});
