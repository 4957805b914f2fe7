/**
 * The result of a finished step (template inserted, report written …), dismissible. No live region:
 * it is made with its text, which several screen readers do not announce; PaneAnnouncer says it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import { SCHEME_FIELD_NAMES } from '../../domain/scheme/field-names';
import type { PaneNotice } from '../state/pane-types';
import { useDismissStyles } from './dismiss-styles';
import { useShownInView } from './use-shown-in-view';

export interface NoticeBarProps {
  notice: PaneNotice;
  locale: Locale;
  onDismiss(): void;
}

export function NoticeBar({ notice, locale, onDismiss }: NoticeBarProps) {
  const { t } = useTranslation();
  const dismissStyles = useDismissStyles();
  const bar = useRef<HTMLDivElement>(null);
  useShownInView(bar, notice);
  return (
    <MessageBar ref={bar} intent={notice.kind === 'schemeChangedInSheet' ? 'warning' : 'success'} layout="multiline" data-testid="notice-bar">
      <MessageBarBody>{describeNotice(notice, locale, t)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button className={dismissStyles.dismiss} appearance="transparent" size="small" aria-label={t('common.dismiss')} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}

export function describeNotice(notice: PaneNotice, locale: Locale, t: (key: string, params?: Record<string, string>) => string): string {
  switch (notice.kind) {
    case 'templateInserted':
      return t(`notices.templateInserted.${notice.template}`, { sheets: notice.sheets.join(t('common.listSeparator')) });
    case 'reportWritten':
      return t('notices.reportWritten', { sheet: notice.sheet });
    case 'docxDownloaded':
      return t('notices.docxDownloaded', { fileName: notice.fileName });
    case 'tableRemapped':
      return t('notices.tableRemapped', { table: t(`tables.${notice.table}`), sheet: notice.sheet, range: notice.range });
    case 'schemeSaved':
      return t(notice.keptSheetEdits ? 'notices.schemeSavedKeepingSheet' : 'notices.schemeSaved');
    case 'schemeChangedInSheet':
      return t('notices.schemeChangedInSheet', {
        settings: notice.settings.map((field) => SCHEME_FIELD_NAMES[field][locale]).join(t('common.listSeparator')),
      });
  }
}
