import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { droppedParts } from '../../../src/hosts/xlsx/dropped-parts';
import { openXlsx } from '../../../src/hosts/xlsx';

const SEED = path.join(__dirname, '../../../samples/seed-000.xlsx');

const DRAWING = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor>${body}</xdr:twoCellAnchor></xdr:wsDr>`;

/** seed 000's workbook with some more files in its zip */
async function seedWith(files: Record<string, string>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(SEED));
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

describe('what saving through ExcelJS will not keep', () => {
  it('finds nothing in a workbook of cells, styles and notes', async () => {
    expect(droppedParts(await fs.readFile(SEED))).toEqual([]);
    expect((await openXlsx(SEED)).dropped).toEqual([]);
  });

  it('finds charts, pivot tables, slicers and macros by their parts', async () => {
    const bytes = await seedWith({
      'xl/charts/chart1.xml': '<c:chartSpace/>',
      'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition/>',
      'xl/slicers/slicer1.xml': '<slicers/>',
      'xl/vbaProject.bin': 'vba',
    });
    expect(droppedParts(bytes)).toEqual(['charts', 'pivotTables', 'slicers', 'macros']);
    expect((await openXlsx(bytes)).dropped).toEqual(['charts', 'pivotTables', 'slicers', 'macros']);
  });

  it('finds shapes in a drawing, deflated or stored, but not a picture (ExcelJS keeps pictures) nor a note', async () => {
    const shape = { 'xl/drawings/drawing1.xml': DRAWING('<xdr:sp macro=""><xdr:nvSpPr/></xdr:sp>') };
    expect(droppedParts(await seedWith(shape))).toEqual(['shapes']);
    expect(droppedParts(await seedWith(shape, 'STORE'))).toEqual(['shapes']);
    expect(droppedParts(await seedWith({ 'xl/drawings/drawing1.xml': DRAWING('<xdr:grpSp><xdr:nvGrpSpPr/></xdr:grpSp>') }))).toEqual(['shapes']);
    expect(droppedParts(await seedWith({ 'xl/drawings/drawing1.xml': DRAWING('<xdr:pic><xdr:nvPicPr/><xdr:spPr/></xdr:pic>') }))).toEqual([]);
    expect(droppedParts(await seedWith({ 'xl/drawings/vmlDrawing1.vml': '<v:shape id="_x0000_s1025"/>' }))).toEqual([]);
  });
});
