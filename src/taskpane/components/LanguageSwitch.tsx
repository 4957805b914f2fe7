/** 中文 / English: the pane starts in Office's language and the user may switch at any time. */
import { Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import { PANE_LOCALES } from '../i18n/pane-i18n';

export interface LanguageSwitchProps {
  locale: Locale;
  onChange(locale: Locale): void;
}

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'English' };

export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('language.label')}
      size="small"
      appearance="underline"
      value={locale}
      onChange={(_, data) => onChange(data.value as Locale)}
      data-testid="language-switch"
    >
      {PANE_LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LOCALE_NAMES[code]}
        </option>
      ))}
    </Select>
  );
}
