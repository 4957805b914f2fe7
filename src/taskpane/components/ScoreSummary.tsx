/** The headline: total out of its maximum, grade, 得分比, and the budget execution line. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { EvaluationReport, Locale } from '../../domain/model';
import { formatAmount, formatPercent, formatScore, formatScoreRatio } from '../format/pane-format';
import { useGradeText } from './use-grade-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  headline: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  total: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  max: { color: tokens.colorNeutralForeground3 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: '2px', margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums' },
});

export interface ScoreSummaryProps {
  report: EvaluationReport;
  /** the workbook has a 预算执行 table: a report without budget figures means the table has no lines yet */
  budgetTableFound: boolean;
  locale: Locale;
}

export function ScoreSummary({ report, budgetTableFound, locale }: ScoreSummaryProps) {
  const { t } = useTranslation();
  const gradeText = useGradeText(locale);
  const styles = useStyles();
  const { total, budget } = report;
  return (
    <section className={styles.root} aria-label={t('score.summaryLabel')} data-testid="score-summary">
      <div className={styles.headline}>
        <span className={styles.total} data-testid="total-score">
          {formatScore(total.score)}
        </span>
        <span className={styles.max}>{t('score.outOf', { max: formatScore(total.max) })}</span>
        <Badge appearance="filled" color="brand" size="large" data-testid="grade">
          {gradeText(total.grade)}
        </Badge>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('score.ratio')}</dt>
        <dd className={styles.value} data-testid="score-ratio">
          {formatScoreRatio(total.score, total.max, report.gradeBands)}
        </dd>
        {total.cappedFrom !== null ? (
          <>
            <dt className={styles.term}>{t('score.cappedFrom')}</dt>
            <dd className={styles.value}>{formatScore(total.cappedFrom)}</dd>
          </>
        ) : null}
        {budget ? (
          <>
            <dt className={styles.term}>{t('score.budgetAdjusted')}</dt>
            <dd className={styles.value}>{t('score.amount', { amount: formatAmount(budget.adjusted) })}</dd>
            <dt className={styles.term}>{t('score.budgetExecuted')}</dt>
            <dd className={styles.value}>{t('score.amount', { amount: formatAmount(budget.executed) })}</dd>
            <dt className={styles.term}>{t('score.executionRate')}</dt>
            <dd className={styles.value} data-testid="execution-rate">
              {formatPercent(budget.executionRate)}
            </dd>
            <dt className={styles.term}>{t('score.budgetScore')}</dt>
            <dd className={styles.value}>{t('score.pointsOf', { score: formatScore(budget.score), points: formatScore(budget.points) })}</dd>
          </>
        ) : (
          <>
            <dt className={styles.term}>{t('score.budgetLine')}</dt>
            <dd className={styles.value}>{t(budgetTableFound ? 'score.budgetTableEmpty' : 'score.noBudget')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

