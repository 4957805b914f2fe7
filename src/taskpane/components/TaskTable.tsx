/** Scores by 任务 (line of work): funds, indicators met and missed, points and score. */
import { useTranslation } from 'react-i18next';
import type { EvaluationReport } from '../../domain/model';
import { formatAmount, formatScore } from '../format/pane-format';
import { CompactTableHead } from './CompactTableHead';
import { useCompactTableStyles } from './compact-table-styles';
import { TableScroller } from './TableScroller';

export function TaskTable({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const styles = useCompactTableStyles();
  if (report.tasks.length === 0) return null;
  return (
    <TableScroller label={t('tasks.title')}>
      <table className={styles.table} data-testid="task-table">
        <caption className={styles.caption}>{t('tasks.title')}</caption>
        <CompactTableHead name={t('tasks.name')} figures={[t('tasks.funds'), t('tasks.metOfCount'), t('tasks.score')]} />
        <tbody>
          {report.tasks.map((task) => (
            <tr key={task.name}>
              <th scope="row" className={styles.cell}>
                {task.name}
              </th>
              <td className={styles.numericCell}>{formatAmount(task.funds)}</td>
              <td className={styles.numericCell}>{`${task.met}/${task.indicatorCount}`}</td>
              <td className={styles.numericCell}>{`${formatScore(task.score)}/${formatScore(task.points)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
