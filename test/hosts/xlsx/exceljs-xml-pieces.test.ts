import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { openAndScore } from '../../../src/cli/score-file';
import { installXmlPieces } from '../../../src/hosts/xlsx/exceljs-xml-pieces';
import { zipTexts } from '../../fixtures/zip-entries';

/** ExcelJS's XmlStream, as the tests drive it */
interface XmlStream {
  readonly xml: string;
  openXml(attributes?: Record<string, unknown>): void;
  openNode(name: string, attributes?: Record<string, unknown>): void;
  addAttribute(name: string, value: unknown): void;
  addAttributes(attributes?: Record<string, unknown>): void;
  writeText(text: unknown): void;
  writeXml(xml: string): void;
  closeNode(): void;
  leafNode(name: string, attributes?: Record<string, unknown>, text?: unknown): void;
  addRollback(): number;
  commit(): void;
  rollback(): void;
}
type XmlStreamClass = new () => XmlStream;

/** ExcelJS's writer of a cell (`<c>`), as a sheet's row writer calls it */
interface CellXform {
  render(stream: XmlStream, model: Record<string, unknown>): void;
}
type CellXformClass = new () => CellXform;

// this file's ExcelJS, with the pieces installed (score-file loads the xlsx host, which installs them) …
const XmlStreamWithPieces = require('exceljs/lib/utils/xml-stream') as XmlStreamClass;
const CellXformWithPieces = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as CellXformClass;
// … and a copy of ExcelJS's XmlStream and cell writer as it ships
let pristine: { XmlStream: XmlStreamClass; CellXform: CellXformClass };
jest.isolateModules(() => {
  pristine = {
    XmlStream: require('exceljs/lib/utils/xml-stream') as XmlStreamClass,
    CellXform: require('exceljs/lib/xlsx/xform/sheet/cell-xform') as CellXformClass,
  };
});

const WRITER_METHODS = ['openXml', 'openNode', 'addAttribute', 'addAttributes', 'writeText', 'writeXml', 'closeNode', 'leafNode'] as const;

/** Runs `task` with this ExcelJS writing XML through its own methods, as shipped. */
async function withExcelJsOwnWriter<T>(task: () => Promise<T>): Promise<T> {
  const prototype = XmlStreamWithPieces.prototype as unknown as Record<string, unknown>;
  const own = pristine.XmlStream.prototype as unknown as Record<string, unknown>;
  const installed = WRITER_METHODS.map((method) => [method, prototype[method]] as const);
  const cellRender = CellXformWithPieces.prototype.render;
  for (const method of WRITER_METHODS) prototype[method] = own[method];
  CellXformWithPieces.prototype.render = pristine.CellXform.prototype.render;
  try {
    return await task();
  } finally {
    for (const [method, implementation] of installed) prototype[method] = implementation;
    CellXformWithPieces.prototype.render = cellRender;
  }
}

/** what `write` makes of a stream with the pieces installed, having checked that ExcelJS's own stream makes the same */
function writtenBothWays(write: (stream: XmlStream) => void): string {
  const mine = new XmlStreamWithPieces();
  const theirs = new pristine.XmlStream();
  write(mine);
  write(theirs);
  expect(mine.xml).toBe(theirs.xml);
  return mine.xml;
}

const SAMPLES = path.join(__dirname, '../../../samples');

describe('ExcelJS XML written in whole pieces', () => {
  it('is installed once', () => {
    expect(installXmlPieces()).toBe(true);
    expect(XmlStreamWithPieces.prototype.openNode).not.toBe(pristine.XmlStream.prototype.openNode);
  });

  it('writes what ExcelJS writes for a node with attributes, text, children and escapes', () => {
    const write = (stream: XmlStream) => {
      stream.openXml({ version: '1.0', encoding: 'UTF-8', standalone: 'yes' });
      stream.openNode('worksheet', { xmlns: 'urn:x', skipped: undefined });
      stream.openNode('c', { r: 'A1', s: 3 });
      stream.addAttribute('t', 's');
      stream.leafNode('v', undefined, 0);
      stream.closeNode();
      stream.leafNode('f', { ref: 'B2' }, '"<=HYPERLINK(\'a&b\')>"');
      stream.leafNode('pageMargins', { left: 0.7 });
      stream.closeNode();
    };
    expect(writtenBothWays(write)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="urn:x"><c r="A1" s="3" t="s"><v>0</v></c>' +
        '<f ref="B2">&quot;&lt;=HYPERLINK(&apos;a&amp;b&apos;)&gt;&quot;</f><pageMargins left="0.7"/></worksheet>',
    );
  });

  it('cuts back to a rollback point as ExcelJS does (an alignment with nothing to say is dropped)', () => {
    const write = (stream: XmlStream) => {
      stream.openNode('xf', { numFmtId: 0 });
      stream.addRollback();
      stream.openNode('alignment');
      stream.rollback();
      stream.addRollback();
      stream.openNode('protection', { locked: 0 });
      stream.closeNode();
      stream.commit();
      stream.closeNode();
    };
    expect(writtenBothWays(write)).toBe('<xf numFmtId="0"><protection locked="0"/></xf>');
  });

  it('writes a row of cells as ExcelJS does: blank, merged, numbers, shared strings, booleans in one piece each, the rest through ExcelJS', () => {
    expect(CellXformWithPieces.prototype.render).not.toBe(pristine.CellXform.prototype.render);
    const types = require('exceljs/lib/doc/enums').ValueType as Record<string, number>;
    const cells: Array<Record<string, unknown>> = [
      { type: types.Null, address: 'A1' },
      { type: types.Null, address: 'B1', styleId: 3 },
      { type: types.Merge, address: 'C1' },
      { type: types.Merge, address: 'D1', styleId: 4 },
      { type: types.Number, address: 'E1', value: 0.97 },
      { type: types.Number, address: 'F1', styleId: 12, value: -1e-7 },
      { type: types.String, address: 'G1', styleId: 2, ssId: 0, value: '指标' },
      { type: types.RichText, address: 'H1', ssId: 7, value: { richText: [{ text: 'a' }] } },
      { type: types.Boolean, address: 'I1', value: true },
      { type: types.Boolean, address: 'J1', styleId: 1, value: false },
      { type: types.String, address: 'K1', value: '<未共享 & "文本">' },
      { type: types.Formula, address: 'L1', formula: 'SUM(E1:F1)', result: 0.97 },
      { type: types.Error, address: 'M1', value: { error: '#N/A' } },
      { type: types.Hyperlink, address: 'N1', ssId: 3, text: '评分结果', hyperlink: '#A1' },
      // not an address ExcelJS makes, but escaped as its writer would
      { type: types.Number, address: 'O<&"1', value: 1 },
    ];
    const write = (CellWriter: CellXformClass) => (stream: XmlStream) => {
      const writer = new CellWriter();
      stream.openNode('row', { r: 1 });
      stream.addAttribute('spans', '1:14');
      for (const cell of cells) writer.render(stream, { ...cell });
      stream.closeNode();
      stream.openNode('row', { r: 2 });
      writer.render(stream, { type: types.Null, address: 'A2' });
      stream.closeNode();
    };
    const mine = new XmlStreamWithPieces();
    const theirs = new pristine.XmlStream();
    write(CellXformWithPieces)(mine);
    write(pristine.CellXform)(theirs);
    expect(mine.xml).toBe(theirs.xml);
    expect(mine.xml).toContain('<c r="F1" s="12"><v>-1e-7</v></c><c r="G1" s="2" t="s"><v>0</v></c>');
    expect(mine.xml).toContain('<row r="2"/>');
  });

  it('writes the same cells as ExcelJS for 2,000 random rows', () => {
    const types = require('exceljs/lib/doc/enums').ValueType as Record<string, number>;
    const styleId = fc.option(fc.constantFrom(0, 1, 17), { nil: undefined });
    const cell = fc.oneof(
      fc.record({ type: fc.constantFrom(types.Null, types.Merge), styleId }),
      fc.record({ type: fc.constant(types.Number), styleId, value: fc.double() }),
      fc.record({ type: fc.constantFrom(types.String, types.RichText), styleId, ssId: fc.nat(), value: fc.string() }),
      fc.record({ type: fc.constant(types.String), styleId, value: fc.string() }),
      fc.record({ type: fc.constant(types.Boolean), styleId, value: fc.boolean() }),
    );
    const write = (CellWriter: CellXformClass, stream: XmlStream, cells: ReadonlyArray<Record<string, unknown>>, rowAttributes: boolean): string => {
      const writer = new CellWriter();
      stream.openNode('row', rowAttributes ? { r: 1 } : undefined);
      cells.forEach((model, index) => writer.render(stream, { ...model, address: `${String.fromCharCode(65 + (index % 26))}1` }));
      stream.closeNode();
      return stream.xml;
    };
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), fc.boolean(), (cells, rowAttributes) => {
        expect(write(CellXformWithPieces, new XmlStreamWithPieces(), cells, rowAttributes)).toBe(write(pristine.CellXform, new pristine.XmlStream(), cells, rowAttributes));
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes the same XML as ExcelJS for 2,000 random documents', () => {
    const name = fc.constantFrom('c', 'v', 'row', 'sheetData', 'x:t', 'a');
    const text = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constantFrom('', '<&>"\'', '\u0001\u007f'));
    const attributes = fc.option(fc.dictionary(fc.constantFrom('r', 's', 't', 'ref', 'ht'), fc.option(text, { nil: undefined })), { nil: undefined });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('open' as const), name, attributes }),
      fc.record({ kind: fc.constant('attribute' as const), name: fc.constantFrom('r', 's', 't'), value: fc.option(text, { nil: undefined }) }),
      fc.record({ kind: fc.constant('attributes' as const), attributes }),
      fc.record({ kind: fc.constant('text' as const), text }),
      fc.record({ kind: fc.constant('xml' as const), xml: fc.constantFrom('<b/>', '', '<x a="1">y</x>') }),
      fc.record({ kind: fc.constant('close' as const) }),
      fc.record({ kind: fc.constant('leaf' as const), name, attributes, text: fc.option(text, { nil: undefined }) }),
      fc.record({ kind: fc.constant('rollbackPoint' as const) }),
      fc.record({ kind: fc.constant('endRollback' as const), undo: fc.boolean() }),
    );
    type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

    /** runs what ExcelJS's xforms could ask at this point (attributes only on an open node, closes only what is open) */
    const run = (stream: XmlStream, ops: readonly Op[]): string => {
      let depth = 0;
      let open = false;
      const rollbacks: Array<{ depth: number; open: boolean }> = [];
      stream.openXml({ version: '1.0' });
      for (const step of ops) {
        switch (step.kind) {
          case 'open':
            stream.openNode(step.name, step.attributes);
            depth++;
            open = true;
            break;
          case 'attribute':
            if (open) stream.addAttribute(step.name, step.value);
            break;
          case 'attributes':
            if (open) stream.addAttributes(step.attributes);
            break;
          case 'text':
            stream.writeText(step.text);
            open = false;
            break;
          case 'xml':
            stream.writeXml(step.xml);
            open = false;
            break;
          case 'close':
            if (depth > (rollbacks.at(-1)?.depth ?? 0)) {
              stream.closeNode();
              depth--;
              open = false;
            }
            break;
          case 'leaf':
            stream.leafNode(step.name, step.attributes, step.text);
            open = false;
            break;
          case 'rollbackPoint':
            stream.addRollback();
            rollbacks.push({ depth, open });
            break;
          case 'endRollback': {
            const point = rollbacks.pop();
            if (!point) break;
            if (step.undo) {
              stream.rollback();
              ({ depth, open } = point);
            } else stream.commit();
            break;
          }
        }
      }
      return stream.xml;
    };

    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        expect(run(new XmlStreamWithPieces(), ops)).toBe(run(new pristine.XmlStream(), ops));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each(['seed-000.xlsx', 'seed-002.xlsx', 'project-mof.xlsx'])('saves the scored %s byte for byte as ExcelJS would', async (sample) => {
    const scored = await openAndScore(path.join(SAMPLES, sample));
    if (scored.kind !== 'scored') throw new Error(`${sample} did not score`);
    const scoredBytes = await scored.workbook.toBuffer();

    const stored = async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(scoredBytes as unknown as ExcelJS.Buffer);
      return zipTexts(new Uint8Array((await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as ArrayBuffer));
    };
    const mine = await stored();
    const theirs = await withExcelJsOwnWriter(stored);
    expect(XmlStreamWithPieces.prototype.openNode).not.toBe(pristine.XmlStream.prototype.openNode);
    expect([...mine.keys()]).toEqual([...theirs.keys()]);
    expect([...mine.keys()]).toContain('xl/worksheets/sheet1.xml');
    for (const [part, xml] of theirs) expect(mine.get(part)).toBe(xml);
  });
});
