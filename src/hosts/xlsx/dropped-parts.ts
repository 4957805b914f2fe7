import { inflateRawSync } from 'node:zlib';
import { readZip, type ZippedFile } from './zip/read-zip';
import { DEFLATED } from './zip/zip-records';

/** What a workbook may hold that ExcelJS reads past and so leaves out of the file it saves. */
export type DroppedPart = 'charts' | 'pivotTables' | 'slicers' | 'shapes' | 'macros';

const BY_FOLDER: ReadonlyArray<readonly [DroppedPart, readonly string[]]> = [
  ['charts', ['xl/charts/', 'xl/chartsheets/']],
  ['pivotTables', ['xl/pivotTables/', 'xl/pivotCache/']],
  ['slicers', ['xl/slicers/', 'xl/slicerCaches/', 'xl/timelines/', 'xl/timelineCaches/']],
  ['macros', ['xl/vbaProject.bin']],
];

/** a drawing part (not a comment's VML, which ExcelJS keeps): it holds pictures, which are kept, or shapes */
const DRAWING = /^xl\/drawings\/drawing\d+\.xml$/;
/** a shape, a group of them or a connector, whatever the namespace prefix */
const SHAPE = /<(?:[\w-]+:)?(?:sp|grpSp|cxnSp)[\s>]/;

/**
 * The parts of an .xlsx the saved copy will lack, found from the zip's file names (and, for shapes, the
 * drawings' XML): the user is told rather than finding a chart gone. A zip the fast reader does not take
 * is searched by name alone, its drawings unread.
 */
export function droppedParts(bytes: Buffer): DroppedPart[] {
  const files = readZip(bytes);
  const names = files ? files.map((file) => file.name) : null;
  const has = (prefix: string) => (names ? names.some((name) => name.startsWith(prefix)) : bytes.includes(prefix));
  const found = BY_FOLDER.filter(([, prefixes]) => prefixes.some(has)).map(([part]) => part);
  if (files?.some((file) => DRAWING.test(file.name) && SHAPE.test(text(file)))) found.push('shapes');
  return found;
}

function text(file: ZippedFile): string {
  return (file.method === DEFLATED ? inflateRawSync(file.data) : file.data).toString('utf8');
}
