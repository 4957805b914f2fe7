/** What the workbook layer found, in the pane's terms: tables with their columns, and the problems. */
import type { SheetGrid } from '../../workbook/grid';
import type { DetectedTable, Detection } from '../../workbook/detect/detection-types';
import type { TableKind as WorkbookTableKind } from '../../workbook/detect/table-fields';
import type { WorkbookProblem } from '../../workbook/problems';
import type { TableView, WorkbookOverview, WorkbookProblemView } from '../state/pane-types';

const TABLE_ORDER: readonly WorkbookTableKind[] = ['indicators', 'budget', 'basicInfo', 'settings'];

/** The workbook as read, before any scoring: detection's tables and problems. */
export function workbookOverview(grids: readonly SheetGrid[], detection: Detection): WorkbookOverview {
  return overviewOf(detection, detection.problems, grids.every(isBlankGrid));
}

/** After a scoring run: its problems include detection's, reading's, the scheme's and the planning's. */
export function overviewAfterScoring(detection: Detection, problems: readonly WorkbookProblem[]): WorkbookOverview {
  return overviewOf(detection, problems, false);
}

function overviewOf(detection: Detection, problems: readonly WorkbookProblem[], isEmpty: boolean): WorkbookOverview {
  const tables: Array<DetectedTable<WorkbookTableKind>> = [];
  for (const kind of TABLE_ORDER) {
    const table = detection[kind];
    if (table) tables.push(table);
  }
  return { isEmpty, tables: tables.map(tableView), problems: problems.map(problemView) };
}

export function tableView(table: DetectedTable<WorkbookTableKind>): TableView {
  return {
    kind: table.kind,
    sheet: table.sheet,
    range: table.range,
    headerRow: table.headerRow,
    // the header's first line: the template's headers carry a note on a second line (一级指标 / （产出指标、…）)
    columns: table.columns.map((column) => ({ field: column.field, header: column.header.split('\n')[0].trim(), address: column.address })),
    remembered: table.source === 'remembered',
  };
}

export function problemView(problem: WorkbookProblem): WorkbookProblemView {
  return {
    severity: problem.severity,
    message: problem.message,
    location: problem.sheet ? { sheet: problem.sheet, cell: problem.cell } : null,
  };
}

/** A sheet with no value at all (Excel's fresh "Sheet1", or a hidden metadata sheet counts too). */
function isBlankGrid(grid: SheetGrid): boolean {
  return grid.values.every((row) => row.every((value) => value === null || value === ''));
}
