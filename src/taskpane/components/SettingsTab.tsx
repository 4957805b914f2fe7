/**
 * The scheme (评分设置) in plain words: read from the sheet, edited here, saved back to the sheet.
 * What the sheet says that could not be used is listed above the form and noted beside its setting:
 * the form shows the default there, not the sheet's value. Loaded on demand: it is not on the first screen.
 */
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Scheme } from '../../domain/model';
import type { SchemeFieldPath } from '../../domain/scheme/field-names';
import { validateScheme, type SchemeIssue } from '../../domain/scheme/validate';
import { changedSettings } from '../services/scheme-edits';
import type { CellLocation, PaneOperation, SchemeProblemView } from '../state/pane-types';
import { GradeBandsEditor } from './GradeBandsEditor';
import { ExecutionCapsEditor } from './ExecutionCapsEditor';
import { SettingSheetNote } from './SettingSheetNote';
import { WorkbookProblems } from './WorkbookProblems';
import { withValidSwitchedOffValues, type SwitchedOffValues } from './switched-off-values';

export interface SettingsTabProps {
  /** the tab is the one shown (the pane keeps it, hidden, while another is: see Pane) */
  active: boolean;
  /** the scheme 评分设置 holds, as last read */
  scheme: Scheme | null;
  /** a change replaces the form with `scheme` even over unsaved edits (after a save) */
  schemeRevision: number;
  /** what in 评分设置 the scheme could not take, as last read */
  sheetProblems: readonly SchemeProblemView[];
  locale: Locale;
  busy: PaneOperation | null;
  onLoad(): void;
  /** `basis`: the scheme the form was loaded from, so that saving keeps edits made in the sheet since */
  onSave(edited: Scheme, basis: Scheme): void;
  onSelectCell(location: CellLocation): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  explain: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  inline: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  narrow: { width: '96px' },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export default function SettingsTab({ active, scheme, schemeRevision, sheetProblems, locale, busy, onLoad, onSave, onSelectCell }: SettingsTabProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [form, setForm] = useState<{ basis: Scheme; draft: Scheme } | null>(scheme ? { basis: scheme, draft: scheme } : null);
  // Kept as found, in both languages: a language switch must re-word them.
  const [issues, setIssues] = useState<SchemeIssue[]>([]);
  const revisionShown = useRef(schemeRevision);

  // Opening the tab reads the sheet again: it may have been edited since the last visit (edits made
  // here meanwhile are kept, as for any newer sheet scheme below).
  useEffect(() => {
    if (active) onLoad();
  }, [active, onLoad]);
  useEffect(() => {
    if (!scheme) return;
    const replace = revisionShown.current !== schemeRevision;
    revisionShown.current = schemeRevision;
    // A newer sheet scheme shows at once unless the user is editing: then their edits stay, and
    // saving writes only those over what the sheet holds by then.
    setForm((shown) => (!shown || replace || changedSettings(shown.basis, shown.draft).length === 0 ? { basis: scheme, draft: scheme } : shown));
    if (replace) setIssues([]);
  }, [scheme, schemeRevision]);

  if (!form) {
    return busy === 'loadScheme' ? <Spinner size="small" label={t('settings.loading')} /> : null;
  }
  const { draft } = form;
  const update = (change: Partial<Scheme>) => setForm({ ...form, draft: { ...draft, ...change } });
  const switchOption = (change: Partial<Scheme>, on: boolean, values: SwitchedOffValues) => {
    const changed = { ...draft, ...change };
    setForm({ ...form, draft: on ? changed : withValidSwitchedOffValues(changed, form.basis, values) });
  };
  const sheetNote = (...settings: SchemeFieldPath[]) => (
    <SettingSheetNote problems={sheetProblems} settings={settings} locale={locale} onSelectCell={onSelectCell} />
  );
  const save = () => {
    // the save button stays focusable while busy (so focus is kept), and Enter in a field submits too
    if (busy !== null) return;
    const result = validateScheme(draft);
    if (result.ok) {
      setIssues([]);
      onSave(result.scheme, form.basis);
    } else {
      setIssues(result.issues);
    }
  };

  return (
    <form
      className={styles.root}
      aria-label={t('settings.title')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      data-testid="settings-form"
    >
      <WorkbookProblems
        problems={sheetProblems}
        locale={locale}
        onSelectCell={onSelectCell}
        label={t('settings.sheetProblems.title')}
        testId="settings-sheet-problems"
      />
      <p className={styles.explain}>{t('settings.intro')}</p>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('settings.reverse.title')}</legend>
        <RadioGroup
          value={draft.reverseFormula}
          onChange={(_, data) => update({ reverseFormula: data.value === 'linear' ? 'linear' : 'ratio' })}
          aria-label={t('settings.reverse.title')}
        >
          <Radio value="ratio" label={t('settings.reverse.ratio')} />
          <Radio value="linear" label={t('settings.reverse.linear')} />
        </RadioGroup>
        {sheetNote('reverseFormula')}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('settings.notApplicable.title')}</legend>
        <Switch
          checked={draft.rescaleNotApplicable}
          onChange={(_, data) => update({ rescaleNotApplicable: data.checked })}
          label={t('settings.notApplicable.rescale')}
        />
        <p className={styles.explain}>{t('settings.notApplicable.explain')}</p>
        {sheetNote('rescaleNotApplicable')}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('settings.caps.title')}</legend>
        <Switch
          checked={draft.executionCaps.enabled}
          onChange={(_, data) => switchOption({ executionCaps: { ...draft.executionCaps, enabled: data.checked } }, data.checked, 'executionCaps.caps')}
          label={t('settings.caps.enabled')}
        />
        {draft.executionCaps.enabled ? (
          <ExecutionCapsEditor caps={draft.executionCaps.caps} onChange={(caps) => update({ executionCaps: { ...draft.executionCaps, caps } })} />
        ) : null}
        {sheetNote('executionCaps.enabled', 'executionCaps.caps')}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('settings.overAchievement.title')}</legend>
        <Switch
          checked={draft.overAchievement.deductionEnabled}
          onChange={(_, data) => switchOption({ overAchievement: { ...draft.overAchievement, deductionEnabled: data.checked } }, data.checked, 'overAchievement.deductionPoints')}
          label={t('settings.overAchievement.enabled')}
        />
        <div className={styles.inline}>
          <Field label={t('settings.overAchievement.threshold')} size="small">
            <Input
              className={styles.narrow}
              type="number"
              min={100}
              step={1}
              contentAfter="%"
              value={String(Math.round(draft.overAchievement.threshold * 1000) / 10)}
              onChange={(_, data) => update({ overAchievement: { ...draft.overAchievement, threshold: Number(data.value) / 100 } })}
            />
          </Field>
          <Field label={t('settings.overAchievement.points')} size="small">
            <Input
              className={styles.narrow}
              type="number"
              min={0}
              step={0.5}
              // the line above also raises the over-achievement warning; the deduction only applies when on
              disabled={!draft.overAchievement.deductionEnabled}
              value={String(draft.overAchievement.deductionPoints)}
              onChange={(_, data) => update({ overAchievement: { ...draft.overAchievement, deductionPoints: Number(data.value) } })}
            />
          </Field>
        </div>
        {sheetNote('overAchievement.deductionEnabled', 'overAchievement.threshold', 'overAchievement.deductionPoints')}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('settings.grades.title')}</legend>
        <p className={styles.explain}>{t('settings.grades.explain')}</p>
        <GradeBandsEditor grades={draft.grades} onChange={(grades) => update({ grades })} />
        {sheetNote('grades')}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('settings.reportScore.title')}</legend>
        <RadioGroup
          value={draft.reportScore}
          onChange={(_, data) => update({ reportScore: data.value === 'self' ? 'self' : 'computed' })}
          aria-label={t('settings.reportScore.title')}
        >
          <Radio value="computed" label={t('settings.reportScore.computed')} />
          <Radio value="self" label={t('settings.reportScore.self')} />
        </RadioGroup>
        {sheetNote('reportScore')}
      </fieldset>

      {issues.length > 0 ? (
        <ul className={styles.issues} role="alert" data-testid="settings-issues">
          {issues.map((issue, index) => (
            <li key={index}>{issue.message[locale]}</li>
          ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={busy !== null} data-testid="save-settings">
          {t('settings.save')}
        </Button>
        <Button type="button" disabledFocusable={busy !== null} onClick={() => scheme && setForm({ basis: scheme, draft: scheme })}>
          {t('settings.revert')}
        </Button>
      </div>
    </form>
  );
}
