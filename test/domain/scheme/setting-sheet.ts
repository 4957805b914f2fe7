import type { CellRef, RawCell } from '../../../src/domain/model';
import type { SettingRow } from '../../../src/domain/scheme/from-setting-rows';

export const SETTINGS_SHEET = '评分设置';

type CellInput = RawCell['value'] | RawCell;

function toRawCell(input: CellInput): RawCell {
  return input !== null && typeof input === 'object' && 'value' in input ? input : { value: input };
}

function cellRef(column: number, row: number): CellRef {
  return { sheet: SETTINGS_SHEET, address: `${String.fromCharCode(64 + column)}${row}`, row, column };
}

/** 评分设置 rows 参数 | 值 in columns A | B, starting on row 2 below the header. */
export function settingRows(pairs: ReadonlyArray<readonly [CellInput, CellInput]>): SettingRow[] {
  return pairs.map(([key, value], index) => ({
    key: toRawCell(key),
    value: toRawCell(value),
    keyCell: cellRef(1, index + 2),
    valueCell: cellRef(2, index + 2),
  }));
}

export const percentCell = (value: number): RawCell => ({ value, numberFormat: '0%' });
