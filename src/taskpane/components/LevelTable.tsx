/** Scores by level-1 indicator (产出, 效益 …) as seed 000's scoring table: 分值 | 得分 | 得分比 | 综合评价. */
import { useTranslation } from 'react-i18next';
import type { EvaluationReport, LevelTotal, Locale } from '../../domain/model';
import { BUDGET_LEVEL_NAME } from '../../domain/scoring/totals';
import { formatScore, formatScoreRatio } from '../format/pane-format';
import { CompactTableHead } from './CompactTableHead';
import { useCompactTableStyles } from './compact-table-styles';
import { TableScroller } from './TableScroller';
import { useGradeText } from './use-grade-text';

export function LevelTable({ report, locale }: { report: EvaluationReport; locale: Locale }) {
  const { t } = useTranslation();
  const gradeText = useGradeText(locale);
  const styles = useCompactTableStyles();
  if (report.levels.length === 0) return null;
  return (
    <TableScroller label={t('levels.title')}>
      <table className={styles.table} data-testid="level-table">
        <caption className={styles.caption}>{t('levels.title')}</caption>
        <CompactTableHead name={t('levels.name')} figures={[t('levels.points'), t('levels.score'), t('levels.ratio'), t('levels.grade')]} />
        <tbody>
          {report.levels.map((level) => (
            <tr key={level.level1}>
              <th scope="row" className={styles.cell}>
                {isEngineBudgetLevel(level) ? t('levels.budget') : level.level1}
              </th>
              <td className={styles.numericCell}>{formatScore(level.points)}</td>
              <td className={styles.numericCell}>{formatScore(level.score)}</td>
              <td className={styles.numericCell}>{formatScoreRatio(level.score, level.points, report.gradeBands)}</td>
              <td className={styles.numericCell}>{gradeText(level.grade)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={styles.cell}>
              {t('levels.total')}
            </th>
            <td className={styles.numericCell}>{formatScore(report.total.max)}</td>
            <td className={styles.numericCell}>{formatScore(report.total.score)}</td>
            <td className={styles.numericCell}>{formatScoreRatio(report.total.score, report.total.max, report.gradeBands)}</td>
            <td className={styles.numericCell}>{gradeText(report.total.grade)}</td>
          </tr>
        </tbody>
      </table>
    </TableScroller>
  );
}

/**
 * The level the engine adds for the budget line is named by the engine, not by the workbook, so the
 * pane names it in its own language; a workbook's own 预算执行 dimension keeps the workbook's word.
 */
function isEngineBudgetLevel(level: LevelTotal): boolean {
  return level.kind === 'budget' && level.level1 === BUDGET_LEVEL_NAME;
}
