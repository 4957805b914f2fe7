/** The result of the last run: headline, tables by level and task, warnings, report buttons. */
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import type { CellLocation, PaneOperation, ScoreRun } from '../state/pane-types';
import { LevelTable } from './LevelTable';
import { ReportActions } from './ReportActions';
import { ScoreSummary } from './ScoreSummary';
import { TaskTable } from './TaskTable';
import { WarningsPanel } from './WarningsPanel';

export interface ScoreTabProps {
  lastRun: ScoreRun | null;
  /** the workbook has a 预算执行 table, as last read */
  budgetTableFound: boolean;
  locale: Locale;
  busy: PaneOperation | null;
  onSelectCell(location: CellLocation): void;
  onWriteReport(): void;
  onDownloadDocx(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export function ScoreTab({ lastRun, budgetTableFound, locale, busy, onSelectCell, onWriteReport, onDownloadDocx }: ScoreTabProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (!lastRun) {
    return <p className={styles.empty}>{t('score.empty')}</p>;
  }
  const { report } = lastRun;
  return (
    <div className={styles.root}>
      <ScoreSummary report={report} budgetTableFound={budgetTableFound} locale={locale} />
      <LevelTable report={report} locale={locale} />
      <TaskTable report={report} />
      <Divider />
      <WarningsPanel warnings={report.warnings} locale={locale} onSelectCell={onSelectCell} />
      <Divider />
      <ReportActions busy={busy} onWriteReport={onWriteReport} onDownloadDocx={onDownloadDocx} />
    </div>
  );
}
