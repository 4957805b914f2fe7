/** Turns whatever a host or the workbook layer threw into an error the pane can explain. */
import { MergedAreaWriteError } from '../../hosts/office/merged-area-check';
import { ProtectedSheetWriteError } from '../../hosts/office/protected-sheet-check';
import { textOf } from '../../workbook/cells/grid-cells';
import { CellChangedError, WorkbookChangedError } from '../../workbook/port';
import { localizedText } from '../i18n/localized-text';
import type { CellLocation, LocalizedText, PaneError, PaneErrorCode, PaneOperation } from '../state/pane-types';

/** A failure the controller already understood: it knows what happened and where. */
export class PaneFailure extends Error {
  constructor(
    readonly code: PaneErrorCode,
    readonly detail: LocalizedText | null,
    readonly location: CellLocation | null,
  ) {
    super(detail ? detail['en-US'] : code);
    this.name = 'PaneFailure';
  }
}

/** Office.js error codes (OfficeExtension.ErrorCodes) the user can do something about. */
const OFFICE_ERROR_CODES: Record<string, PaneErrorCode> = {
  AccessDenied: 'sheetProtected',
  InvalidOperationInCellEditMode: 'cellEditMode',
  RequestPayloadSizeLimitExceeded: 'requestTooLarge',
  ItemNotFound: 'itemNotFound',
};

export function describeFailure(operation: PaneOperation, error: unknown): PaneError {
  if (error instanceof PaneFailure) {
    return { code: error.code, operation, detail: error.detail, location: error.location };
  }
  if (error instanceof MergedAreaWriteError) {
    const { sheet, address, mergedArea } = error;
    return {
      code: 'layoutProblem',
      operation,
      detail: {
        'zh-CN': `工作表「${sheet}」的合并单元格 ${mergedArea} 挡住了要写入的 ${address}：Excel 不能只改合并单元格的一部分，本次未写入任何内容。请取消合并 ${mergedArea} 后重新评分。`,
        'en-US': error.message,
      },
      location: { sheet, cell: mergedArea },
    };
  }
  if (error instanceof CellChangedError) {
    // the run read and planned again once already (againIfWorkbookChanged): the cell keeps changing
    const { sheet, cell } = error;
    const found = textOf(error.found);
    const detail = found === '' ? localizedText('errors.cellChanged.cleared', { sheet, cell }) : localizedText('errors.cellChanged.changed', { sheet, cell, found: shortened(found) });
    return { code: 'cellChanged', operation, detail, location: { sheet, cell } };
  }
  if (error instanceof WorkbookChangedError) return { code: 'workbookChanged', operation, detail: null, location: null };
  if (error instanceof ProtectedSheetWriteError) {
    const { sheet } = error;
    return { code: 'sheetProtected', operation, detail: localizedText('errors.sheetProtected.refused', { sheet }), location: { sheet, cell: null } };
  }
  const officeCode = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const code = typeof officeCode === 'string' ? OFFICE_ERROR_CODES[officeCode] : undefined;
  if (code === 'sheetProtected') {
    // Excel stops a batch at the refused action and keeps the ones before it
    return { code, operation, detail: localizedText('errors.sheetProtected.refusedPartway'), location: null };
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : null;
  return {
    code: code ?? 'unexpected',
    operation,
    detail: message ? { 'zh-CN': message, 'en-US': message } : null,
    location: null,
  };
}

/** what a cell now reads, short enough for the message: a pasted paragraph is named by its start */
function shortened(text: string, max = 40): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max).join('')}…`;
}
