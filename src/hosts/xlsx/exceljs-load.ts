import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { readZip, type ZippedFile } from './zip/read-zip';
import { DEFLATED } from './zip/zip-records';

/** What ExcelJS 4.4's XLSX.load() uses of the zip JSZip.loadAsync gives it (lib/xlsx/xlsx.js). */
interface LoadedZip {
  files: Record<string, LoadedEntry>;
}

interface LoadedEntry {
  name: string;
  dir: boolean;
  async(type: 'string' | 'nodebuffer'): Promise<string | Buffer>;
}

interface JsZipStatic {
  loadAsync(data: unknown, options?: unknown): Promise<LoadedZip>;
}

/**
 * ExcelJS reads a workbook's zip with JSZip, which inflates in JavaScript a chunk at a time; node's
 * zlib does it natively in a fraction of the time (a file at a time, when ExcelJS asks for it: each is
 * small, and a trip to zlib's thread pool and back cost more than it saved). load() asks JSZip for
 * the zip as the first thing it does, before it first waits, so for that one synchronous call
 * JSZip.loadAsync is this host's reader, and JSZip is itself again before load() goes on: nothing
 * else in the process ever sees the swap. A zip this reader does not take (zip64, encrypted …) goes
 * to JSZip as before. A test checks that the reader is used and that workbooks load as with ExcelJS
 * alone, so an ExcelJS upgrade that changes load() is caught.
 */
export function loadXlsx(workbook: ExcelJS.Workbook, bytes: Buffer): Promise<ExcelJS.Workbook> {
  // spelled out so that the command's bundle swaps the JSZip that its ExcelJS holds
  const jsZip = require('jszip') as JsZipStatic;
  const ownLoad = jsZip.loadAsync;
  jsZip.loadAsync = (data, options) => {
    const files = data === bytes ? readZip(bytes) : null;
    return files ? Promise.resolve(loadedZip(files)) : ownLoad.call(jsZip, data, options);
  };
  try {
    // ExcelJS declares its own Buffer type; Node's Buffer is what it reads at run time.
    return workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } finally {
    jsZip.loadAsync = ownLoad;
  }
}

/** The files as JSZip lists them: by name, in the zip's order, a later file of the same name replacing an earlier one. */
function loadedZip(files: readonly ZippedFile[]): LoadedZip {
  // as JSZip keeps them: no prototype, so that any name is a plain key
  const byName = Object.create(null) as Record<string, LoadedEntry>;
  for (const file of files) {
    const bytes = (): Buffer => (file.method === DEFLATED ? inflateRawSync(file.data) : file.data);
    byName[file.name] = {
      name: file.name,
      dir: file.directory,
      async: async (type) => (type === 'string' ? bytes().toString('utf8') : bytes()),
    };
  }
  return { files: byName };
}
