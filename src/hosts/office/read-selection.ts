/**
 * What the person has selected in the sheet (the pane points a table at it), as sheet and A1 address.
 * Null when the selection is not cells — a chart or a shape, for which Excel refuses getSelectedRange.
 */
import { officeErrorCode, type ExcelApiLike } from './excel-api-like';
import { OFFICE_RUN_OPTIONS } from './run-options';

export interface CellSelection {
  sheet: string;
  /** A1 address without the sheet */
  address: string;
}

export async function readSelection(excel: ExcelApiLike): Promise<CellSelection | null> {
  try {
    return await excel.run(OFFICE_RUN_OPTIONS, async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return splitAddress(range.address);
    });
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === 'InvalidSelection' || code === 'InvalidOperation') return null;
    throw error;
  }
}

/** "'绩效指标'!B2:D9" → 绩效指标 and B2:D9 */
function splitAddress(address: string): CellSelection | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  const quoted = address.slice(0, bang);
  const sheet = quoted.startsWith("'") && quoted.endsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, address: address.slice(bang + 1) };
}
