/**
 * Which Excel the add-in needs, and what it does where a newer API is missing. The manifest and the
 * README state MINIMUM_EXCEL_API; every API the office host calls is in that set or lower, except the
 * ones named in EXCEL_API_FEATURES, which are used only where `detectCapabilities` finds them.
 * learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */

/**
 * ExcelApi 1.7 brings what the add-in cannot do without: worksheet onChanged (re-scoring after edits),
 * range.hyperlink (warnings link to their cell), getRangeByIndexes and freezePanes; 1.4 brought the
 * *OrNullObject methods, 1.6 suspendApiCalculationUntilNextSync. Excel 2019 and every Microsoft 365
 * Excel have it.
 */
export const MINIMUM_EXCEL_API = '1.7';

/** newer APIs the host uses where present */
export const EXCEL_API_FEATURES = {
  /** Range.dataValidation: the template's dropdown lists (类别, 一级指标, 指标性质, 评价类型) */
  dataValidation: '1.8',
  /** worksheet.pageLayout: A4, orientation, fit to page width for 自评报告 */
  pageLayout: '1.9',
  /** Range.getMergedAreasOrNullObject: merged cells read with the values, so results never land in one */
  mergedAreas: '1.13',
  /** WorksheetChangedEventArgs.triggerSource: tells the add-in's own writes apart */
  triggerSource: '1.14',
  /** worksheets.onNameChanged: an input sheet renamed is scored again at once, not at the next edit */
  sheetRenameEvents: '1.17',
} as const;

/** i18n keys (under "degraded.") of features that work in a reduced way on this Excel */
export type DegradedFeature = 'ownWriteFilter' | 'pageLayout' | 'mergedAreas' | 'dataValidation';

export interface OfficeCapabilities {
  /** false: this Excel is older than MINIMUM_EXCEL_API and the add-in should say so and stop */
  meetsMinimum: boolean;
  /** the add-in's own writes are recognised by triggerSource; otherwise by their output ranges */
  triggerSource: boolean;
  /** 自评报告 gets A4 / orientation / fit to width; otherwise Excel's default page setup */
  pageLayout: boolean;
  /**
   * merged areas are read with the sheets (SheetGrid.merges); otherwise the grids know of no merge and
   * a result written into part of one is refused by Excel (and reported) instead of avoided
   */
  mergedAreas: boolean;
  /** the inserted template offers its words in dropdown lists; otherwise the header notes alone tell them */
  dataValidation: boolean;
  /**
   * a renamed sheet is heard of at once; otherwise at the next edit of an input (评分结果's links name
   * the old sheet until then). Not listed as degraded: the next edit mends it.
   */
  sheetRenameEvents: boolean;
  degraded: DegradedFeature[];
}

/** what Office.context offers for the check (office.js's own, or the in-memory one) */
export interface RequirementsSource {
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
}

export function detectCapabilities(office: RequirementsSource): OfficeCapabilities {
  const supports = (version: string) => office.requirements.isSetSupported('ExcelApi', version);
  const triggerSource = supports(EXCEL_API_FEATURES.triggerSource);
  const pageLayout = supports(EXCEL_API_FEATURES.pageLayout);
  const mergedAreas = supports(EXCEL_API_FEATURES.mergedAreas);
  const dataValidation = supports(EXCEL_API_FEATURES.dataValidation);
  const sheetRenameEvents = supports(EXCEL_API_FEATURES.sheetRenameEvents);
  const degraded: DegradedFeature[] = [];
  if (!triggerSource) degraded.push('ownWriteFilter');
  if (!pageLayout) degraded.push('pageLayout');
  if (!mergedAreas) degraded.push('mergedAreas');
  if (!dataValidation) degraded.push('dataValidation');
  return { meetsMinimum: supports(MINIMUM_EXCEL_API), triggerSource, pageLayout, mergedAreas, dataValidation, sheetRenameEvents, degraded };
}

/** what the host assumes when nobody asked Office: the minimum set only */
export const MINIMUM_CAPABILITIES: OfficeCapabilities = {
  meetsMinimum: true,
  triggerSource: false,
  pageLayout: false,
  mergedAreas: false,
  dataValidation: false,
  sheetRenameEvents: false,
  degraded: ['ownWriteFilter', 'pageLayout', 'mergedAreas', 'dataValidation'],
};
