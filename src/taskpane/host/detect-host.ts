/**
 * Host detection, in this one place: inside Excel the pane uses the global `Excel`; outside Office
 * (the playground, a plain browser tab) it uses the in-memory Excel the page provides. "Not inside
 * Office" is a supported mode, not an error.
 */

/** What the pane needs of Office.context, whether from office.js or the in-memory stand-in. */
export interface OfficeContextLike {
  displayLanguage?: string;
  officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | null;
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  document: {
    settings: {
      get(name: string): unknown;
      set(name: string, value: unknown): void;
      remove(name: string): void;
      saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
    };
  };
}

/** The in-memory Excel a page without Office provides (the playground sets it before the pane starts). */
export interface MemoryHostHandle<ExcelApi> {
  excel: ExcelApi;
  office: OfficeContextLike;
}

/**
 * Why the pane cannot run (i18n keys under "noHost."): opened in Word or another Office application;
 * office.js loaded but no Office around it (the page opened in a browser); office.js never loaded
 * (the page's script tag could not reach Microsoft's CDN — inside Excel too, behind a proxy or on an
 * intranet without internet access).
 */
export const NO_HOST_REASONS = ['notExcel', 'noHost', 'officeJsMissing'] as const;
export type NoHostReason = (typeof NO_HOST_REASONS)[number];

export type DetectedHost<ExcelApi> =
  | { kind: 'excel'; excel: ExcelApi; office: OfficeContextLike }
  | { kind: 'memory'; excel: ExcelApi; office: OfficeContextLike }
  | { kind: 'none'; reason: NoHostReason };

/** The globals the helper looks at; passed in so tests can give their own. */
export interface HostGlobals<ExcelApi> {
  Office?: {
    onReady(): Promise<{ host: unknown }>;
    context?: OfficeContextLike;
    HostType?: { Excel?: unknown };
  };
  Excel?: ExcelApi;
  __perfEvalMemoryHost?: MemoryHostHandle<ExcelApi>;
}

export async function detectHost<ExcelApi>(globals: HostGlobals<ExcelApi>): Promise<DetectedHost<ExcelApi>> {
  const office = globals.Office;
  if (office && typeof office.onReady === 'function') {
    const info = await office.onReady();
    const excelHost = office.HostType?.Excel ?? 'Excel';
    if (info.host === excelHost && globals.Excel && office.context) {
      return { kind: 'excel', excel: globals.Excel, office: office.context };
    }
    // Office answered with another host (Word, Outlook …): this pane is for Excel only.
    if (info.host) return { kind: 'none', reason: 'notExcel' };
  }
  const memory = globals.__perfEvalMemoryHost;
  if (memory) return { kind: 'memory', excel: memory.excel, office: memory.office };
  // The task pane's page always has office.js's script tag: no Office global means it did not load.
  return { kind: 'none', reason: office ? 'noHost' : 'officeJsMissing' };
}
