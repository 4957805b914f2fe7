/**
 * Findings about the workbook, each naming its sheet and cell: its layout (a missing table or column, a
 * blocked output place) on the workbook tab, the rows of 评分设置 that could not be used on the settings tab.
 */
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import type { CellLocation, WorkbookProblemView } from '../state/pane-types';

export interface WorkbookProblemsProps {
  problems: readonly WorkbookProblemView[];
  locale: Locale;
  onSelectCell(location: CellLocation): void;
  /** what the list is about, for screen readers (the layout problems when absent) */
  label?: string;
  testId?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export function WorkbookProblems({ problems, locale, onSelectCell, label, testId = 'workbook-problems' }: WorkbookProblemsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <section className={styles.root} aria-label={label ?? t('tables.problems')} data-testid={testId}>
      {problems.map((problem, index) => {
        const location = problem.location;
        return (
          <MessageBar key={index} intent={problem.severity} layout="multiline">
            <MessageBarBody>
              {problem.message[locale]}
              {location ? (
                <>
                  {' '}
                  <Link as="button" inline onClick={() => onSelectCell(location)}>
                    {location.cell ? `${location.sheet}!${location.cell}` : location.sheet}
                  </Link>
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </section>
  );
}
