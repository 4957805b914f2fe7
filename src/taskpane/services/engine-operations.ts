/**
 * What needs the scoring engine (the parser, the scheme's zod rules, the planners): loaded after the
 * first screen, so the pane starts with only what it shows first — the tables it found.
 */
import { schemeFromSettingRows } from '../../domain/scheme/from-setting-rows';
import { DEFAULT_SCHEME } from '../../domain/scheme/defaults';
import type { Scheme } from '../../domain/model';
import type { Detection } from '../../workbook/detect/detection-types';
import type { SheetGrid } from '../../workbook/grid';
import { readInput } from '../../workbook/read/read-input';
import type { WritePlan } from '../../workbook/write-plan';
import { changedSettings } from './scheme-edits';
import { planSchemeSheet, type SchemeSheetPlan } from './scheme-sheet-plan';
import { schemeProblemView, unreadSettingsSheetView } from './scheme-sheet-problems';
import type { SchemeOfSheet } from '../state/pane-types';

export { scoreWorkbook } from '../../workbook/score-workbook';
export { planTemplate } from '../../workbook/plan/template';

/**
 * The scheme of the workbook's 评分设置 (defaults where it has none), with the problems a score run
 * reports about that sheet: the rows it could not take, or the sheet whose header it could not find.
 */
export function schemeOfWorkbook(grids: readonly SheetGrid[], detection: Detection): SchemeOfSheet {
  const read = readInput(grids, detection);
  const unreadSheet = read.problems.filter((problem) => problem.code === 'SETTINGS_TABLE_NOT_FOUND').map(unreadSettingsSheetView);
  if (read.schemeRows.length === 0) return { scheme: DEFAULT_SCHEME, problems: unreadSheet };
  const fromSheet = schemeFromSettingRows(read.schemeRows);
  return { scheme: fromSheet.scheme, problems: [...unreadSheet, ...fromSheet.problems.map(schemeProblemView)] };
}

/** The writes that put `scheme` into the workbook's 评分设置, whose rows now hold `current` (or the person's cell they would go over). */
export function schemeWritePlan(scheme: Scheme, current: Scheme, grids: readonly SheetGrid[], detection: Detection): SchemeSheetPlan {
  const changed = new Set(changedSettings(current, scheme));
  return planSchemeSheet(scheme, changed, detection.settings, readInput(grids, detection).schemeRows, grids);
}
