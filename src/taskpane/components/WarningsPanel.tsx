/** The engine's warnings by severity, with counts; a warning with a cell selects it in the sheet. */
import {
  Accordion,
  Button,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { forwardRef, useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Severity, Warning } from '../../domain/model';
import type { CellLocation } from '../state/pane-types';
import { groupWarningsBySeverity } from '../state/warning-groups';

export interface WarningsPanelProps {
  warnings: readonly Warning[];
  locale: Locale;
  onSelectCell(location: CellLocation): void;
}

/**
 * How many warnings a group lists before a "show the rest" button: a workbook with hundreds of
 * missed targets would otherwise push the report buttons below thousands of pixels of warnings.
 */
export const WARNINGS_SHOWN_PER_GROUP = 20;

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  item: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  location: { display: 'block', color: tokens.colorBrandForeground1, marginTop: '2px' },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  none: { color: tokens.colorNeutralForeground3, margin: 0 },
  showAll: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
});

export function WarningsPanel({ warnings, locale, onSelectCell }: WarningsPanelProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const groups = groupWarningsBySeverity(warnings);
  const present = groups.map((group) => group.severity);
  const [openItems, setOpenItems] = useState<Severity[]>(() => present.filter(startsOpen));
  const [listedInFull, setListedInFull] = useState<Severity[]>([]);
  // 显示其余 N 条 goes away when pressed: focus goes to the first warning it brought, where reading goes on.
  const [justListed, setJustListed] = useState<Severity | null>(null);
  const firstAdded = useRef<HTMLElement>(null);
  useEffect(() => {
    if (justListed === null) return;
    firstAdded.current?.focus();
    setJustListed(null);
  }, [justListed]);
  // Re-scores keep this panel mounted: a severity that newly appears (an 错误 group after an edit)
  // opens as it would on a first run, whatever the user folded before.
  const shown = useRef(present);
  const presentKey = present.join();
  useEffect(() => {
    const appeared = present.filter((severity) => !shown.current.includes(severity));
    shown.current = present;
    if (appeared.some(startsOpen)) setOpenItems((open) => [...open, ...appeared.filter(startsOpen)]);
    // keyed on the set of severities: `present` is a new array on every render
  }, [presentKey]);
  if (groups.length === 0) {
    return (
      <p className={styles.none} data-testid="no-warnings">
        {t('warnings.none')}
      </p>
    );
  }
  return (
    <section aria-label={t('warnings.title')} data-testid="warnings-panel">
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => setOpenItems(data.openItems as Severity[])}>
        {groups.map((group) => (
          <AccordionItem key={group.severity} value={group.severity} data-testid={`warning-group-${group.severity}`}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                {t(`warnings.severity.${group.severity}`)}
                <CounterBadge
                  count={group.warnings.length}
                  color={BADGE_COLOR[group.severity]}
                  size="small"
                  overflowCount={999}
                  aria-label={t('warnings.count', { count: group.warnings.length })}
                  data-testid={`warning-count-${group.severity}`}
                />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {withStableKeys(shownOf(group.warnings, listedInFull.includes(group.severity))).map(({ warning, key }, index) => (
                  <li key={key}>
                    <WarningItem
                      ref={justListed === group.severity && index === WARNINGS_SHOWN_PER_GROUP ? firstAdded : undefined}
                      warning={warning}
                      locale={locale}
                      onSelectCell={onSelectCell}
                    />
                  </li>
                ))}
              </ul>
              {!listedInFull.includes(group.severity) && group.warnings.length > WARNINGS_SHOWN_PER_GROUP ? (
                <Button
                  className={styles.showAll}
                  size="small"
                  appearance="subtle"
                  onClick={() => {
                    setListedInFull((listed) => [...listed, group.severity]);
                    setJustListed(group.severity);
                  }}
                  data-testid={`warning-show-all-${group.severity}`}
                >
                  {t('warnings.showRest', { count: group.warnings.length - WARNINGS_SHOWN_PER_GROUP })}
                </Button>
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function shownOf(warnings: readonly Warning[], inFull: boolean): readonly Warning[] {
  return inFull ? warnings : warnings.slice(0, WARNINGS_SHOWN_PER_GROUP);
}

/** Errors and warnings need reading; hints stay folded until asked for. */
function startsOpen(severity: Severity): boolean {
  return severity !== 'info';
}

interface WarningItemProps {
  warning: Warning;
  locale: Locale;
  onSelectCell(location: CellLocation): void;
}

const WarningItem = forwardRef<HTMLElement, WarningItemProps>(function WarningItem({ warning, locale, onSelectCell }, ref) {
  const { t } = useTranslation();
  const styles = useStyles();
  const itemClass = mergeClasses(styles.item, styles[warning.severity]);
  const message = warning.message[locale];
  if (warning.sheet === null) {
    return (
      // focusable by the pane only (after 显示其余 N 条), not a tab stop: there is nothing to do on it
      <div ref={ref as Ref<HTMLDivElement>} className={itemClass} tabIndex={-1} data-testid="warning-item">
        {message}
      </div>
    );
  }
  const sheet = warning.sheet;
  const where = warning.cell ? `${sheet}!${warning.cell}` : sheet;
  return (
    <button
      ref={ref as Ref<HTMLButtonElement>}
      type="button"
      className={mergeClasses(itemClass, styles.clickable)}
      onClick={() => onSelectCell({ sheet, cell: warning.cell })}
      title={t('warnings.goTo', { where })}
      data-testid="warning-item"
    >
      {message}
      <span className={styles.location}>{where}</span>
    </button>
  );
});

/**
 * A key per warning that stays the same when a warning before it goes (a fixed cell, an automatic run):
 * keyed by place, the list would mount the rest again and lose the focus on one of them. The same code
 * on the same cell twice is told apart by its count.
 */
function withStableKeys(warnings: readonly Warning[]): Array<{ warning: Warning; key: string }> {
  const seen = new Map<string, number>();
  return warnings.map((warning) => {
    const base = `${warning.code}|${warning.sheet ?? ''}|${warning.cell ?? ''}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { warning, key: `${base}|${count}` };
  });
}
