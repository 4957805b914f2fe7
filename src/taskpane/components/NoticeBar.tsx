/** The result of a finished step (template inserted, report written …), dismissible. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PaneNotice } from '../state/pane-types';

export interface NoticeBarProps {
  notice: PaneNotice;
  onDismiss(): void;
}

export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="success" layout="multiline" data-testid="notice-bar">
      <MessageBarBody>{describeNotice(notice, t)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t('common.dismiss')} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}

function describeNotice(notice: PaneNotice, t: (key: string, params?: Record<string, string>) => string): string {
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
      return t('notices.schemeSaved');
  }
}
