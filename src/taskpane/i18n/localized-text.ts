/**
 * A message in both pane languages, from the i18n JSON, for code outside React that hands the pane a
 * LocalizedText (the pane picks the language when it renders). Its own i18next instances, without
 * initReactI18next, so the pane's instance is never replaced.
 */
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../domain/model';
import type { LocalizedText } from '../state/pane-types';
import { PANE_LOCALES, paneResources } from './pane-i18n';

let translators: Record<Locale, TFunction> | null = null;

function translatorFor(locale: Locale): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [locale]: { translation: paneResources[locale] } },
    lng: locale,
    // the pane renders through React, which escapes
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

export function localizedText(key: string, params: Record<string, string> = {}): LocalizedText {
  translators ??= Object.fromEntries(PANE_LOCALES.map((locale) => [locale, translatorFor(locale)])) as Record<Locale, TFunction>;
  const { 'zh-CN': zh, 'en-US': en } = translators;
  return { 'zh-CN': zh(key, params), 'en-US': en(key, params) };
}
