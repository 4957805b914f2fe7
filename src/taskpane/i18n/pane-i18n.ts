/** i18next for the pane: Chinese first, English when Office speaks English or the user switches. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../domain/model';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

export const PANE_LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

export const paneResources = { 'zh-CN': zhCN, 'en-US': enUS } as const;

/** Office reports e.g. "en-US", "en-GB", "zh-CN", "zh-TW"; only English switches away from Chinese. */
export function localeFromDisplayLanguage(displayLanguage: string | null | undefined): Locale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}

/** A fresh instance per pane (and per test), so one pane's language never leaks into another. */
export function createPaneI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: paneResources['zh-CN'] },
      'en-US': { translation: paneResources['en-US'] },
    },
    lng: locale,
    fallbackLng: 'zh-CN',
    // React escapes what it renders; i18next escaping would show &lt; in sheet names.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
