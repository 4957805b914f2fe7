/**
 * The pane's only door to the hosts. Every read and write goes through the office host (which alone
 * calls Excel.run) and the workbook layer; operations run one at a time, so a click and an automatic
 * re-score never interleave their writes. The same controller runs inside Excel (global `Excel`) and
 * in the playground (the in-memory Excel).
 */
import type { EvaluationReport, Scheme } from '../../domain/model';
import {
  createOfficeWorkbookPort,
  detectCapabilities,
  readSelection,
  readSettings,
  watchInputs,
  writeSettings,
  type ExcelApiLike,
  type InputWatch,
} from '../../hosts/office';
import { parseRange } from '../../workbook/cells/cell-range';
import { detectTables } from '../../workbook/detect/detect-tables';
import type { Detection, TableLocations } from '../../workbook/detect/detection-types';
import type { SheetGrid } from '../../workbook/grid';
import { isOwnedSheetName, REPORT_SHEET } from '../../workbook/owned-sheets';
import { readMarker } from '../../workbook/plan/metadata-sheet';
import type { ReportSheetPlanner } from '../../workbook/plan/plan-results';
import { againIfWorkbookChanged } from '../../workbook/port';
import type { WorkbookProblem } from '../../workbook/problems';
import type { WritePlan } from '../../workbook/write-plan';
import type { OfficeContextLike } from '../host/detect-host';
import { localeFromDisplayLanguage } from '../i18n/pane-i18n';
import type { TableKind, TemplateKind } from '../state/pane-types';
import { themeFromOffice } from '../theme/office-theme';
import type { HostKind, PaneController, SchemeSaveResult, ScoreOutcome } from './pane-controller-types';
import { localizedText } from '../i18n/localized-text';
import { PaneFailure } from './pane-failure';
import { changedSettings, mergeSchemeEdits } from './scheme-edits';
import { tableFromSelection } from './selection-table';
import { createSerialQueue } from './serial-queue';
import { RecentOwnWrites } from './recent-own-writes';
import { inputRanges, writtenRanges } from './watched-ranges';
import { overviewAfterScoring, tableView, workbookOverview } from './workbook-overview';

export type { ExcelApiLike };

export interface PaneHost {
  kind: HostKind;
  excel: ExcelApiLike;
  office: OfficeContextLike;
}

/** The engine arrives after the first screen; the browser fetches it while the person reads. */
const loadEngine = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ './engine-operations');

const REPORT_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PaneControllerOptions {
  /** quiet time after an edit before re-scoring (the office host's default when absent) */
  debounceMs?: number;
  /** epoch milliseconds (tests move time on) */
  now?: () => number;
}

export function createPaneController(host: PaneHost, options: PaneControllerOptions = {}): PaneController {
  const capabilities = detectCapabilities(host.office);
  const port = createOfficeWorkbookPort(host.excel, { capabilities });
  const exclusive = createSerialQueue();
  let remembered: TableLocations = readSettings(host.office.document.settings).tableLocations;
  let lastDetection: Detection | null = null;
  let lastPlan: WritePlan = { ops: [] };
  let lastReport: EvaluationReport | null = null;
  let watch: { handle: InputWatch; sheets: string } | null = null;
  const ownInputWrites = new RecentOwnWrites(options.now ?? Date.now);

  /**
   * a write into the input tables, which the watch must not take for a person's edit; `readFrom`, the
   * grids it was planned from, so that a cell a colleague typed into since is not written over
   */
  function applyToInputs(plan: WritePlan, readFrom: readonly SheetGrid[]): Promise<void> {
    return ownInputWrites.during(writtenRanges(plan), () => port.apply(plan, readFrom));
  }

  /**
   * Every fresh detection goes through here. The watch's handlers judge an edit by the sheet names
   * they were registered with, so after a table moved to another sheet, or its sheet was renamed, they
   * must be registered again at once: a detection that only some later run would follow leaves the
   * handlers comparing the old name against the new tables, and edits stop re-scoring.
   */
  async function noteDetection(detection: Detection): Promise<void> {
    lastDetection = detection;
    await followInputSheets();
  }

  /** After the tables moved to other sheets (or their sheets were renamed), listen on the new ones. */
  async function followInputSheets(): Promise<void> {
    const sheets = watchedSheets();
    if (watch && watch.sheets !== sheets) {
      watch.sheets = sheets;
      await watch.handle.refresh();
    }
  }

  function watchedSheets(): string {
    const names = lastDetection ? inputRanges(lastDetection).map((range) => range.sheet) : [];
    return [...new Set(names)].sort().join('\n');
  }

  async function readWorkbook(): Promise<{ grids: SheetGrid[]; detection: Detection }> {
    const grids = await port.readWorkbook();
    const detection = detectTables(grids, hasLocations(remembered) ? remembered : readMarker(grids)?.tableLocations ?? undefined);
    await noteDetection(detection);
    return { grids, detection };
  }

  async function runScore(
    planReportSheet?: ReportSheetPlanner,
  ): Promise<{ outcome: ScoreOutcome; problems: WorkbookProblem[]; read: { grids: SheetGrid[]; detection: Detection } }> {
    const { scoreWorkbook } = await loadEngine();
    const result = await scoreWorkbook(port, { remembered: hasLocations(remembered) ? remembered : undefined, planReportSheet });
    // followed before a fatal problem is thrown, so that the edit that mends it is heard
    await noteDetection(result.detection);
    const overview = overviewAfterScoring(result.detection, result.problems);
    const fatal = result.problems.find((problem) => problem.fatal);
    if (fatal) {
      throw new PaneFailure('layoutProblem', fatal.message, fatal.sheet ? { sheet: fatal.sheet, cell: fatal.cell } : null);
    }
    lastPlan = result.plan;
    lastReport = result.report;
    return { outcome: { report: result.report, overview }, problems: result.problems, read: { grids: result.grids, detection: result.detection } };
  }

  return {
    hostKind: host.kind,

    officeLocale: () => localeFromDisplayLanguage(host.office.displayLanguage),

    officeTheme: () => themeFromOffice(host.office.officeTheme),

    degradedFeatures: () => [...(capabilities.meetsMinimum ? [] : ['belowMinimum']), ...capabilities.degraded],

    inspect: () =>
      exclusive(async () => {
        const { grids, detection } = await readWorkbook();
        return workbookOverview(grids, detection);
      }),

    insertTemplate: (kind: TemplateKind) =>
      exclusive(async () => {
        // planned again from a fresh read if a sheet appeared or vanished (or a cell it writes changed) before the write
        const written = await againIfWorkbookChanged(async () => {
          const [{ grids }, { planTemplate }] = await Promise.all([readWorkbook(), loadEngine()]);
          const example = kind === 'example' ? await (await import(/* webpackChunkName: "example" */ './template-example')).loadTemplateExample() : undefined;
          const plan = planTemplate({ existing: grids, example });
          const sheets = plan.ops.flatMap((op) => (op.kind === 'ensureSheet' ? [op.sheet] : []));
          if (sheets.length === 0) {
            throw new PaneFailure(
              'layoutProblem',
              {
                'zh-CN': `工作表「${plan.skippedSheets.join('」「')}」已有内容，未插入模板，以免覆盖。`,
                'en-US': `The sheets ${plan.skippedSheets.join(', ')} already hold data; the template was not inserted so that nothing is overwritten.`,
              },
              plan.skippedSheets[0] ? { sheet: plan.skippedSheets[0], cell: null } : null,
            );
          }
          await applyToInputs(plan, grids);
          return sheets;
        });
        const after = await readWorkbook();
        return { sheets: written, overview: workbookOverview(after.grids, after.detection) };
      }),

    score: () => exclusive(async () => (await runScore()).outcome),

    writeReport: ({ replaceEditedSheet }) =>
      exclusive(async () => {
        const { narrativeReportSheetPlanner, forcedReportSheetPlanner } = await import(/* webpackChunkName: "report" */ './report-planners');
        const planner = replaceEditedSheet ? forcedReportSheetPlanner() : narrativeReportSheetPlanner();
        const { outcome, problems } = await runScore(planner);
        const conflict = problems.find((problem) => problem.code === 'REPORT_SHEET_CONFLICT');
        if (conflict) {
          throw new PaneFailure('reportEditedByUser', conflict.message, conflict.sheet ? { sheet: conflict.sheet, cell: null } : null);
        }
        return { sheet: reportSheetWritten(lastPlan), outcome };
      }),

    buildDocx: () =>
      exclusive(async () => {
        // Never the last result: an edit since (auto recalculation off, or within its quiet time, or
        // after a failed automatic run) would hand in old figures.
        const { outcome } = await runScore();
        const { report } = outcome;
        const { buildReportDocumentBytes } = await import(/* webpackChunkName: "docx" */ './report-docx');
        const bytes = await buildReportDocumentBytes(report);
        return { fileName: docxFileName(report), blob: new Blob([new Uint8Array(bytes)], { type: REPORT_MIME }), outcome };
      }),

    selectCell: (location) => exclusive(() => port.selectCell(location.sheet, location.cell ?? 'A1')),

    useSelectionAs: (table: TableKind) =>
      exclusive(async () => {
        const selection = await readSelection(host.excel);
        const bounds = selection ? parseRange(selection.address) : null;
        if (!selection || !bounds) throw new PaneFailure('selectionNotUsable', null, null);
        const { grids } = await readWorkbook();
        const grid = grids.find((candidate) => candidate.name === selection.sheet);
        const found = grid ? tableFromSelection(grid, { sheet: selection.sheet, ...bounds }, table) : null;
        if (!found?.ok) {
          throw new PaneFailure('selectionNotUsable', null, { sheet: selection.sheet, cell: selection.address });
        }
        remembered = { ...remembered, [table]: found.table };
        await writeSettings(host.office.document.settings, { tableLocations: remembered });
        const after = await readWorkbook();
        const view = after.detection[table];
        if (!view) throw new PaneFailure('selectionNotUsable', null, { sheet: selection.sheet, cell: selection.address });
        return { table: tableView(view), overview: workbookOverview(after.grids, after.detection) };
      }),

    loadScheme: () =>
      exclusive(async () => {
        const [{ grids, detection }, { schemeOfWorkbook }] = await Promise.all([readWorkbook(), loadEngine()]);
        return schemeOfWorkbook(grids, detection);
      }),

    saveScheme: (edited: Scheme, basis: Scheme) =>
      exclusive(async (): Promise<SchemeSaveResult> => {
        // merged and planned again from a fresh read if a sheet appeared or vanished, or a colleague
        // typed into a cell the save writes, before the write
        const written = await againIfWorkbookChanged(async () => {
          const [{ grids, detection }, { schemeOfWorkbook, schemeWritePlan }] = await Promise.all([readWorkbook(), loadEngine()]);
          const { scheme: current, problems } = schemeOfWorkbook(grids, detection);
          const merge = mergeSchemeEdits(basis, edited, current);
          if (!merge.ok) return { kind: 'changedInSheet', scheme: current, problems, conflicts: merge.conflicts } as const;
          const planned = schemeWritePlan(merge.scheme, current, grids, detection);
          if (planned.kind === 'cellTaken') {
            const { sheet, cell } = planned;
            throw new PaneFailure('layoutProblem', localizedText('errors.layoutProblem.settingsCellTaken', { sheet, cell }), { sheet, cell });
          }
          await applyToInputs(planned.plan, grids);
          return { kind: 'saved', scheme: merge.scheme, keptSheetEdits: changedSettings(basis, current).length > 0 } as const;
        });
        if (written.kind === 'changedInSheet') return written;
        // The sheet's problems as they are after the save (what it wrote over is no longer one, and the
        // form must stop saying it is), from the re-score's own read where there is one.
        const problemsAfter = async (read?: { grids: SheetGrid[]; detection: Detection }) => {
          const { grids, detection } = read ?? (await readWorkbook());
          return (await loadEngine()).schemeOfWorkbook(grids, detection).problems;
        };
        // The watcher ignores the add-in's own writes, so a result already shown is re-scored here. The
        // settings are saved whatever that run meets (a protected 评分结果, a header deleted since): it
        // fails as a score of its own, not as the save.
        if (!lastReport) return { ...written, problems: await problemsAfter(), rescore: null };
        try {
          const scored = await runScore();
          return { ...written, problems: await problemsAfter(scored.read), rescore: { ok: true, outcome: scored.outcome } };
        } catch (error) {
          return { ...written, problems: await problemsAfter(), rescore: { ok: false, error } };
        }
      }),

    startAutoRecalc: async (callbacks, { rescore, scoreAtOnce = false } = { rescore: true }) => {
      const handle = await watchInputs({
        excel: host.excel,
        inputRanges: () => (lastDetection ? inputRanges(lastDetection) : []),
        ownOutputRanges: () => [...writtenRanges(lastPlan), ...ownInputWrites.ranges()],
        // the template's sheets are its own while their write's events can arrive, as its cells are
        isOwnSheet: (name) => isOwnedSheetName(name) || ownInputWrites.ranges().some((range) => range.sheet === name),
        isOwnSheetId: (id) => port.addedSheet(id),
        useTriggerSource: capabilities.triggerSource,
        hearRenames: capabilities.sheetRenameEvents,
        debounceMs: options.debounceMs,
        run: async () => {
          if (!rescore) {
            callbacks.onInputsChanged();
            return;
          }
          callbacks.onRunStarted();
          try {
            callbacks.onScored(await exclusive(async () => (await runScore()).outcome));
          } catch (error) {
            callbacks.onFailed(error);
          }
        },
      });
      watch = { handle, sheets: watchedSheets() };
      if (rescore && scoreAtOnce) handle.requestRun();
      return {
        stop: async () => {
          if (watch?.handle === handle) watch = null;
          await handle.stop();
        },
      };
    },
  };
}

function hasLocations(locations: TableLocations): boolean {
  return Object.keys(locations).length > 0;
}

/** The sheet the last plan wrote the report to: 自评报告, or 自评报告(2) beside an edited one. */
function reportSheetWritten(plan: WritePlan): string {
  const sheets = plan.ops.flatMap((op) => (op.kind === 'ensureSheet' && op.sheet.startsWith(REPORT_SHEET) ? [op.sheet] : []));
  return sheets[0] ?? REPORT_SHEET;
}

/** 武汉市新洲区工商业联合会2019年度绩效自评报告.docx */
function docxFileName(report: EvaluationReport): string {
  const unit = report.info.unitName.trim();
  const year = report.info.year.trim();
  const name = `${unit}${year ? `${year}年度` : ''}绩效自评报告`.replace(/[\\/:*?"<>|]/g, '');
  return `${name || '绩效自评报告'}.docx`;
}
