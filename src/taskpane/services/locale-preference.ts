/** The user's language choice, kept in the browser's storage (a preference of the person, not of the file). */
import type { Locale } from '../../domain/model';

const STORAGE_KEY = 'perfEval.locale';

export function readSavedLocale(storage: Pick<Storage, 'getItem'> | null): Locale | null {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return saved === 'zh-CN' || saved === 'en-US' ? saved : null;
  } catch {
    // Storage can be blocked (private mode, some Office webviews): fall back to Office's language.
    return null;
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | null, locale: Locale): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is harmless; the pane still switches.
  }
}
