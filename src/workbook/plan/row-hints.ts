import type { Locale, Warning } from '../../domain/model';
import { parseCellAddress } from '../cells/a1';

/** The 提示 text of each row: the messages of the warnings about its cells, joined by "；". */
export type RowHints = (sheet: string, row: number) => string;

export function rowHints(warnings: readonly Warning[], locale: Locale = 'zh-CN'): RowHints {
  const byRow = new Map<string, string[]>();
  for (const warning of warnings) {
    if (warning.sheet === null || warning.cell === null) continue;
    const at = parseCellAddress(warning.cell.split(':')[0]);
    if (!at) continue;
    const key = rowKey(warning.sheet, at.row);
    const message = warning.message[locale].trim().replace(/[。.]$/, '');
    const messages = byRow.get(key) ?? [];
    if (message !== '' && !messages.includes(message)) messages.push(message);
    byRow.set(key, messages);
  }
  return (sheet, row) => (byRow.get(rowKey(sheet, row)) ?? []).join(locale === 'zh-CN' ? '；' : '; ');
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0001${row}`;
}
