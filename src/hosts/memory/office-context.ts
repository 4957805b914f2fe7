/**
 * `Office.context` for the in-memory Excel: the document's settings, the requirement sets and the
 * display language. Settings behave as Office's: `set` changes this session's copy, `saveAsync` writes
 * it into the document (per file, per add-in), and a new session on the same document sees only what
 * was saved. learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings#settings-data-is-managed-in-memory-at-runtime
 */
import { apiVersionAtLeast } from './api-version';
import type { MemoryWorkbook } from './memory-workbook';

export interface MemorySettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: MemoryAsyncResult) => void): void;
}

export interface MemoryAsyncResult {
  status: 'succeeded' | 'failed';
  error?: { name: string; message: string };
}

export interface MemoryOfficeContext {
  displayLanguage: string;
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  document: { settings: MemorySettings };
}

export interface OfficeContextOptions {
  /** the highest ExcelApi set; the workbook's own version by default */
  excelApiVersion?: string;
  displayLanguage?: string;
  /** when set, saveAsync reports this failure instead of saving (a read-only file, a lost connection) */
  saveFailure?: string;
}

export function createOfficeContext(workbook: MemoryWorkbook, options: OfficeContextOptions = {}): MemoryOfficeContext {
  const excelApiVersion = options.excelApiVersion ?? workbook.excelApiVersion;
  const session = new Map<string, string>(workbook.savedSettings);
  const settings: MemorySettings = {
    get(name) {
      const text = session.get(name);
      return text === undefined ? null : JSON.parse(text);
    },
    set(name, value) {
      // Office keeps settings as JSON; what cannot be serialised cannot be a setting
      session.set(name, JSON.stringify(value));
    },
    remove(name) {
      session.delete(name);
    },
    saveAsync(callback) {
      setTimeout(() => {
        if (options.saveFailure !== undefined) {
          callback?.({ status: 'failed', error: { name: 'SaveFailed', message: options.saveFailure } });
          return;
        }
        workbook.savedSettings.clear();
        for (const [name, text] of session) workbook.savedSettings.set(name, text);
        callback?.({ status: 'succeeded' });
      }, 0);
    },
  };
  return {
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    requirements: {
      isSetSupported(name, minVersion) {
        if (name !== 'ExcelApi') return false;
        return minVersion === undefined ? true : apiVersionAtLeast(excelApiVersion, minVersion);
      },
    },
    document: { settings },
  };
}
