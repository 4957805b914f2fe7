'use strict';
// ExcelJS alone, as a plain program uses it: reads an .xlsx and writes it back with ExcelJS's defaults,
// and answers how long that took. Plain JavaScript, so that a worker thread runs it without a loader;
// the thread has its own copy of ExcelJS, which the command's host (in the main thread) does not patch.
const { parentPort } = require('node:worker_threads');
const ExcelJS = require('exceljs');

parentPort.on('message', async ({ input, output }) => {
  try {
    const start = performance.now();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    await workbook.xlsx.writeFile(output);
    parentPort.postMessage({ ms: performance.now() - start });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.stack || error.message : String(error) });
  }
});
