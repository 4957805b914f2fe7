/**
 * The rows of 评分设置 the scheme could not take, as the settings tab shows them: the same findings a
 * score run reports, with the setting each is about, so the form can say where it shows a default
 * instead of what the sheet says.
 */
import type { SchemeProblem } from '../../domain/scheme/setting-problems';
import type { WorkbookProblem } from '../../workbook/problems';
import type { SchemeProblemView } from '../state/pane-types';

export function schemeProblemView(problem: SchemeProblem): SchemeProblemView {
  return {
    kind: problem.kind,
    severity: problem.severity,
    setting: problem.setting,
    message: problem.message,
    location: { sheet: problem.sheet, cell: problem.cell },
  };
}

/** SETTINGS_TABLE_NOT_FOUND: the sheet is there but its 参数 | 值 header is not, so no setting was read */
export function unreadSettingsSheetView(problem: WorkbookProblem): SchemeProblemView {
  return {
    kind: 'tableNotFound',
    severity: problem.severity,
    setting: null,
    message: problem.message,
    location: { sheet: problem.sheet ?? '', cell: problem.cell },
  };
}
