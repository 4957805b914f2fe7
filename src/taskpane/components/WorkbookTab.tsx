/** The workbook as the add-in sees it: the template on an empty one, the found tables on a filled one. */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import type { CellLocation, PaneOperation, TableKind, TemplateKind, WorkbookOverview } from '../state/pane-types';
import { TableRemap } from './TableRemap';
import { TablesOverview } from './TablesOverview';
import { TemplateOffer } from './TemplateOffer';
import { WorkbookProblems } from './WorkbookProblems';

export interface WorkbookTabProps {
  overview: WorkbookOverview | null;
  locale: Locale;
  busy: PaneOperation | null;
  onInsertTemplate(kind: TemplateKind): void;
  onUseSelection(table: TableKind): void;
  onSelectCell(location: CellLocation): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function WorkbookTab({ overview, locale, busy, onInsertTemplate, onUseSelection, onSelectCell }: WorkbookTabProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (!overview) {
    return busy === 'inspect' ? <Spinner size="small" label={t('tables.reading')} /> : null;
  }
  const hasIndicators = overview.tables.some((table) => table.kind === 'indicators');
  return (
    <div className={styles.root}>
      {overview.isEmpty ? (
        <TemplateOffer disabled={busy !== null} workbookIsEmpty onInsert={onInsertTemplate} />
      ) : (
        <>
          {overview.tables.length > 0 ? <TablesOverview tables={overview.tables} onSelectCell={onSelectCell} /> : null}
          {!hasIndicators ? (
            <>
              <p className={styles.note}>{t('tables.noIndicators')}</p>
              <TemplateOffer disabled={busy !== null} workbookIsEmpty={false} onInsert={onInsertTemplate} />
            </>
          ) : null}
          <WorkbookProblems problems={overview.problems} locale={locale} onSelectCell={onSelectCell} />
          <TableRemap disabled={busy !== null} onUseSelection={onUseSelection} />
        </>
      )}
    </div>
  );
}
