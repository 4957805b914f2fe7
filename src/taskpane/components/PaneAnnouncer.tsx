/**
 * The pane's polite live regions for what a finished step says (template inserted, report written …)
 * and for a result gone out of date. A live region made with its text in it is not read by several
 * screen readers (a message bar is made with its text), so this one is on the page, empty, from the
 * pane's start, and only its text changes, as the 上次评分 line beside 评分 does. Out of sight: the
 * message bar and the out-of-date line show the same words.
 */
import { makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import type { PaneNotice } from '../state/pane-types';
import { describeNotice } from './NoticeBar';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0px, 0px, 0px, 0px)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export interface PaneAnnouncerProps {
  notice: PaneNotice | null;
  /** the 结果可能已过期 line is shown */
  outdated: boolean;
  locale: Locale;
}

export function PaneAnnouncer({ notice, outdated, locale }: PaneAnnouncerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  // A region each: a status region is read whole (aria-atomic) whenever it changes, so one region for
  // both would read the last notice again when the result goes out of date, and the other way round.
  return (
    <div className={styles.hidden} data-testid="pane-announcer">
      <div role="status" aria-live="polite" data-testid="notice-announcer">
        {notice ? describeNotice(notice, locale, t) : ''}
      </div>
      <div role="status" aria-live="polite" data-testid="outdated-announcer">
        {outdated ? t('score.outdated') : ''}
      </div>
    </div>
  );
}
