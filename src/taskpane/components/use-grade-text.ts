import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import { formatGrade } from '../format/pane-format';

/** A grade label as the pane shows it in `locale` (优, or 优 (excellent) in English). */
export function useGradeText(locale: Locale): (label: string) => string {
  const { t } = useTranslation();
  return (label) => formatGrade(label, locale, (meaning) => t(`gradeMeaning.${meaning}`));
}
