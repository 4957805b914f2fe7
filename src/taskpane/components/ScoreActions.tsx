/** The 评分 button, the automatic-recalculation switch and when the score was last computed. */
import { Button, Caption1, ProgressBar, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import { formatClockTime, formatScore } from '../format/pane-format';
import type { ScoreRun } from '../state/pane-types';
import { useGradeText } from './use-grade-text';

export interface ScoreActionsProps {
  /** the 评分 button, where the pane puts focus that a step took away */
  scoreButtonRef?: Ref<HTMLButtonElement>;
  locale: Locale;
  running: boolean;
  /** another step (template, report …) holds the workbook */
  disabled: boolean;
  autoRecalc: boolean;
  lastRun: ScoreRun | null;
  /** inputs changed after the last run, which nothing scored yet, and no run goes: 结果可能已过期 is shown */
  outdated: boolean;
  onScore(): void;
  onAutoRecalcChange(enabled: boolean): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  status: { color: tokens.colorNeutralForeground3, minHeight: '16px' },
  outdated: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function ScoreActions(props: ScoreActionsProps) {
  const { t } = useTranslation();
  const gradeText = useGradeText(props.locale);
  const styles = useStyles();
  const { lastRun, running } = props;
  return (
    <section className={styles.root} aria-label={t('score.actionsLabel')}>
      <div className={styles.row}>
        {/* disabledFocusable, not disabled: a disabled button loses focus to <body> while the run goes */}
        <Button ref={props.scoreButtonRef} appearance="primary" onClick={props.onScore} disabledFocusable={running || props.disabled} data-testid="score-button">
          {t('score.run')}
        </Button>
        <Switch
          checked={props.autoRecalc}
          onChange={(_, data) => props.onAutoRecalcChange(data.checked)}
          label={t('score.autoRecalc')}
          data-testid="auto-recalc-switch"
        />
      </div>
      {running ? <ProgressBar aria-label={t('score.running')} thickness="medium" data-testid="score-progress" /> : null}
      {/* polite live region: a finished run is announced with its total and grade, as the focus stays on 评分 */}
      <Caption1 className={styles.status} aria-live="polite" data-testid="last-run">
        {running
          ? t('score.running')
          : lastRun
            ? t(lastRun.trigger === 'automatic' ? 'score.lastRunAutomatic' : 'score.lastRun', {
                time: formatClockTime(lastRun.finishedAt, props.locale),
                score: formatScore(lastRun.report.total.score),
                max: formatScore(lastRun.report.total.max),
                grade: gradeText(lastRun.report.total.grade),
              })
            : t('score.neverRun')}
      </Caption1>
      {props.outdated ? (
        // no role="status": made with its text, it would not be announced; PaneAnnouncer says it
        <Caption1 className={styles.outdated} data-testid="result-outdated">
          {t('score.outdated')}
        </Caption1>
      ) : null}
    </section>
  );
}
