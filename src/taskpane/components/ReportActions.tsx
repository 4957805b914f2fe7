/** 生成报告 writes the 自评报告 sheet; 下载 Word builds the same report as a .docx. */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PaneOperation } from '../state/pane-types';

export interface ReportActionsProps {
  busy: PaneOperation | null;
  onWriteReport(): void;
  onDownloadDocx(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function ReportActions({ busy, onWriteReport, onDownloadDocx }: ReportActionsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  // disabledFocusable, not disabled: a disabled button loses focus to <body> while the step runs.
  return (
    <section className={styles.root} aria-label={t('report.title')}>
      <Button
        onClick={onWriteReport}
        disabledFocusable={busy !== null}
        icon={busy === 'writeReport' ? <Spinner size="extra-tiny" /> : undefined}
        data-testid="write-report-button"
      >
        {t('report.write')}
      </Button>
      <Button
        onClick={onDownloadDocx}
        disabledFocusable={busy !== null}
        icon={busy === 'downloadDocx' ? <Spinner size="extra-tiny" /> : undefined}
        data-testid="download-docx-button"
      >
        {t('report.downloadDocx')}
      </Button>
    </section>
  );
}
