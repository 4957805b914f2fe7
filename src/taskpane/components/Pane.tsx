/** The task pane: header, messages, the score bar, and the workbook / result / settings tabs. */
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneActions } from '../state/use-pane';
import { PANE_TABS, type PaneState, type PaneTab } from '../state/pane-types';
import { ErrorBar } from './ErrorBar';
import { LanguageSwitch } from './LanguageSwitch';
import { NoticeBar } from './NoticeBar';
import { PaneAnnouncer } from './PaneAnnouncer';
import { ScoreActions } from './ScoreActions';
import { useFocusKept } from './use-focus-kept';
import { WorkbookTab } from './WorkbookTab';

// Not on the first screen: the results (with the warnings list) and the scheme settings load on demand.
const ScoreTab = lazy(() => import(/* webpackChunkName: "results", webpackPrefetch: true */ './ScoreTab').then((m) => ({ default: m.ScoreTab })));
const SettingsTab = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsTab'));

export interface PaneProps {
  state: PaneState;
  actions: PaneActions;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  // At 200% zoom the 320 px pane is 160 px wide: the title and the language, and the tabs, wrap rather than overflow.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  degraded: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
});

export function Pane({ state, actions }: PaneProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const locale = state.locale;
  const root = useRef<HTMLElement>(null);
  const scoreButton = useRef<HTMLButtonElement>(null);
  // A step can take away the control it was started from (the template offer, a dismissed message):
  // focus then goes to 评分, the pane's next step, rather than to the page.
  useFocusKept(root, scoreButton);
  const outdatedShown = resultOutdatedShown(state);
  const settingsOpened = useRef(false);
  if (state.tab === 'settings') settingsOpened.current = true;
  return (
    <main className={styles.root} lang={locale} data-testid="pane" ref={root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <LanguageSwitch locale={locale} onChange={actions.setLocale} />
      </header>

      {state.error ? (
        <ErrorBar
          error={state.error}
          locale={locale}
          workbookIsEmpty={state.overview?.isEmpty ?? false}
          onDismiss={actions.dismissError}
          onReplaceReport={() => void actions.writeReport(true)}
        />
      ) : null}
      {state.notice ? <NoticeBar notice={state.notice} locale={locale} onDismiss={actions.dismissNotice} /> : null}
      <PaneAnnouncer notice={state.notice} outdated={outdatedShown} locale={locale} />

      <ScoreActions
        scoreButtonRef={scoreButton}
        locale={locale}
        running={state.busy === 'score'}
        disabled={state.busy !== null}
        autoRecalc={state.autoRecalc}
        lastRun={state.lastRun}
        outdated={outdatedShown}
        onScore={() => void actions.score()}
        onAutoRecalcChange={actions.setAutoRecalc}
      />
      {state.degradedFeatures.map((feature) => (
        <p key={feature} className={styles.degraded}>
          {t(`degraded.${feature}`)}
        </p>
      ))}

      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={state.tab}
        onTabSelect={(_, data) => actions.selectTab(data.value as PaneTab)}
      >
        {PANE_TABS.map((tab) => (
          <Tab key={tab} value={tab} data-testid={`tab-${tab}`}>
            {t(`tabs.${tab}`)}
          </Tab>
        ))}
      </TabList>

      <div role="tabpanel" aria-label={t(`tabs.${state.tab}`)}>
        {state.tab === 'workbook' ? (
          <WorkbookTab
            overview={state.overview}
            locale={locale}
            busy={state.busy}
            onInsertTemplate={(kind) => void actions.insertTemplate(kind)}
            onUseSelection={(table) => void actions.useSelectionAs(table)}
            onSelectCell={(location) => void actions.selectCell(location)}
          />
        ) : null}
        {state.tab === 'score' ? (
          <Suspense fallback={<Spinner size="small" />}>
            <ScoreTab
              lastRun={state.lastRun}
              budgetTableFound={state.overview?.tables.some((table) => table.kind === 'budget') ?? false}
              locale={locale}
              busy={state.busy}
              onSelectCell={(location) => void actions.selectCell(location)}
              onWriteReport={() => void actions.writeReport(false)}
              onDownloadDocx={() => void actions.downloadDocx()}
            />
          </Suspense>
        ) : null}
        {settingsOpened.current ? (
          // kept, hidden, once opened: unsaved edits in its form outlive a look at another tab
          <div hidden={state.tab !== 'settings'}>
            <Suspense fallback={<Spinner size="small" />}>
              <SettingsTab
                active={state.tab === 'settings'}
                scheme={state.scheme}
                schemeRevision={state.schemeRevision}
                sheetProblems={state.schemeProblems}
                locale={locale}
                busy={state.busy}
                onLoad={actions.loadScheme}
                onSave={(edited, basis) => void actions.saveScheme(edited, basis)}
                onSelectCell={(location) => void actions.selectCell(location)}
              />
            </Suspense>
          </div>
        ) : null}
      </div>
    </main>
  );
}

/** 结果可能已过期 is said over a result, and not while a run goes */
function resultOutdatedShown(state: PaneState): boolean {
  return state.busy !== 'score' && state.lastRun !== null && state.resultOutdated;
}
