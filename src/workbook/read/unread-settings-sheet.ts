import type { SheetGrid } from '../grid';
import { cellAddress } from '../cells/a1';
import { isBlankAt, lastColumn, lastRow } from '../cells/grid-cells';
import type { Detection } from '../detect/detection-types';
import { SETTINGS_TABLE } from '../detect/table-fields';
import { workbookProblem, type WorkbookProblem } from '../problems';

/**
 * A 评分设置 sheet with content but no 参数 | 值 header (renamed, or its row deleted by hand): its
 * settings are not read and the defaults apply. Said, since the grade bands a colleague typed there
 * would otherwise give way to 优/良/中/差 without a word.
 */
export function unreadSettingsSheetProblem(grids: readonly SheetGrid[], detection: Detection): WorkbookProblem | null {
  if (detection.settings) return null;
  const grid = grids.find((candidate) => candidate.name === SETTINGS_TABLE.sheetName && candidate.visibility !== 'veryHidden');
  const first = grid ? firstFilledCell(grid) : null;
  if (!grid || !first) return null;
  const [key, value] = SETTINGS_TABLE.fields;
  return workbookProblem(
    'SETTINGS_TABLE_NOT_FOUND',
    { sheet: grid.name, cell: first },
    {
      'zh-CN': `工作表「${grid.name}」中找不到表头「${key.header}」「${value.header}」，其中的设置未被读取，本次按默认评分设置评分。请在设置上方加一行表头：${key.header} | ${value.header}。`,
      'en-US': `The sheet "${grid.name}" has no "${key.header}" | "${value.header}" header row, so its settings were not read and the default scheme was used. Add the header row ${key.header} | ${value.header} above the settings.`,
    },
    { severity: 'error' },
  );
}

function firstFilledCell(grid: SheetGrid): string | null {
  for (let row = grid.top; row <= lastRow(grid); row += 1) {
    for (let column = grid.left; column <= lastColumn(grid); column += 1) {
      if (!isBlankAt(grid, row, column)) return cellAddress(row, column);
    }
  }
  return null;
}
