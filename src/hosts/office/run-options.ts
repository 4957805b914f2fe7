/**
 * How the office host runs its batches. `delayForCellEdit: true` makes Excel hold a batch while the
 * person is typing in a cell and run it when they leave the cell, instead of failing with
 * InvalidOperationInCellEditMode — the usual case for a re-score started by an edit. office.js (loaded
 * from Microsoft's CDN, always current) understands the option; an Excel that does not know it
 * behaves as without it, and the pane reports the cell-edit failure.
 * learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
 */
import type { RunOptionsLike } from './excel-api-like';

export const OFFICE_RUN_OPTIONS: RunOptionsLike = Object.freeze({ delayForCellEdit: true });
