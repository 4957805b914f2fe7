/**
 * Whether a sheet that worksheets.onAdded or onNameChanged reported can hold input: their arguments
 * give the sheet's id (onAdded no name, and neither a triggerSource in any ExcelApi version), so the
 * sheet is looked at. The add-in's own sheets (评分结果, 自评报告, its metadata sheet, the template's
 * sheets while it inserts them) are known by name; a blank sheet (the person clicked +) holds no table yet.
 */
import type { ExcelApiLike } from './excel-api-like';
import { OFFICE_RUN_OPTIONS } from './run-options';

export async function sheetMayHoldInputs(excel: ExcelApiLike, worksheetId: string, isOwnSheet: (name: string) => boolean): Promise<boolean> {
  return excel.run(OFFICE_RUN_OPTIONS, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(worksheetId).load('name');
    await context.sync();
    // deleted again since
    if (sheet.isNullObject || isOwnSheet(sheet.name)) return false;
    const used = sheet.getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    return !used.isNullObject;
  });
}
