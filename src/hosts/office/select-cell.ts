/** Takes the person to a cell (from a warning in the pane): selects it, which also activates its sheet. */
import type { ExcelApiLike } from './excel-api-like';
import { OFFICE_RUN_OPTIONS } from './run-options';

/** fails with Office's ItemNotFound when the sheet is gone, InvalidOperation when it is hidden */
export async function selectCell(excel: ExcelApiLike, sheet: string, address: string): Promise<void> {
  await excel.run(OFFICE_RUN_OPTIONS, async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}
