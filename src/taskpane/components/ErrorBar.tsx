/** What went wrong, where, and what to do: one Fluent MessageBar for every failure of the pane. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismissStyles } from './dismiss-styles';
import { useShownInView } from './use-shown-in-view';
import type { Locale } from '../../domain/model';
import type { PaneError } from '../state/pane-types';

export interface ErrorBarProps {
  error: PaneError;
  locale: Locale;
  /** the workbook tab offers the template and nothing else: a missing table is answered by inserting it */
  workbookIsEmpty?: boolean;
  onDismiss(): void;
  /** offered when the 自评报告 sheet was edited by a person: write over it anyway */
  onReplaceReport?(): void;
}

export function ErrorBar({ error, locale, workbookIsEmpty = false, onDismiss, onReplaceReport }: ErrorBarProps) {
  const { t } = useTranslation();
  const dismissStyles = useDismissStyles();
  const bar = useRef<HTMLDivElement>(null);
  useShownInView(bar, error);
  const where = error.location
    ? error.location.cell
      ? t('errors.whereCell', { sheet: error.location.sheet, cell: error.location.cell })
      : t('errors.whereSheet', { sheet: error.location.sheet })
    : null;
  return (
    <MessageBar ref={bar} intent="error" layout="multiline" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t(`errors.${error.code}.title`, { operation: t(`operations.${error.operation}`) })}</MessageBarTitle>
        {error.detail ? <div>{error.detail[locale]}</div> : null}
        {where ? <div>{where}</div> : null}
        <div>{t(error.code === 'layoutProblem' && workbookIsEmpty ? 'errors.layoutProblem.hintEmptyWorkbook' : `errors.${error.code}.hint`)}</div>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button className={dismissStyles.dismiss} appearance="transparent" size="small" aria-label={t('common.dismiss')} onClick={onDismiss}>
            ×
          </Button>
        }
      >
        {error.code === 'reportEditedByUser' && onReplaceReport ? (
          <Button size="small" onClick={onReplaceReport}>
            {t('report.replaceEdited')}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
