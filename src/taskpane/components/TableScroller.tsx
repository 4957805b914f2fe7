/**
 * Around a small table: when the pane is narrower than the table (at 200% zoom the 320 px pane is
 * 160 px wide), the table scrolls sideways by itself rather than the whole pane, whose every line
 * would then have to be scrolled back; and it becomes a tab stop named like the table, so the
 * keyboard can scroll it with the arrow keys. At normal width it is no tab stop.
 */
import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  scroll: { maxWidth: '100%', overflowX: 'auto' },
});

export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={styles.scroll}
      tabIndex={overflowing ? 0 : undefined}
      role={overflowing ? 'region' : undefined}
      aria-label={overflowing ? label : undefined}
      data-testid="table-scroller"
    >
      {children}
    </div>
  );
}
