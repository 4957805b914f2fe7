/**
 * Excel refuses any change to a protected sheet's cells (AccessDenied), and a refused action does not
 * undo the ones before it in the batch: the result columns would be written while 评分结果 stayed
 * stale. So before anything is sent, the write commands are checked against the sheets the last read
 * found protected (ExcelApi 1.2). A sheet protected after that read is still refused by Excel itself.
 */
import type { WriteCommand } from './write-commands';

/** A write to a sheet that is protected: refused before anything is sent. */
export class ProtectedSheetWriteError extends Error {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" is protected; nothing was written. Unprotect it (Review → Unprotect Sheet) and try again.`);
    this.name = 'ProtectedSheetWriteError';
  }
}

/** @param known names, in upper case, of the sheets the last read found protected */
export function checkProtectedSheets(commands: readonly WriteCommand[], known: ReadonlySet<string>): void {
  if (known.size === 0) return;
  for (const command of commands) {
    if (command.kind !== 'addSheet' && known.has(command.sheet.toLocaleUpperCase())) throw new ProtectedSheetWriteError(command.sheet);
  }
}
