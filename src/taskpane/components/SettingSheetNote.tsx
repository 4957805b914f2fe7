/**
 * Beside a setting of the form: the 评分设置 sheet says something else there that could not be used,
 * so what the form shows is the default (or the first of two rows), not the sheet's value.
 */
import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/model';
import { SCHEME_FIELD_NAMES, type SchemeFieldPath } from '../../domain/scheme/field-names';
import type { CellLocation, SchemeProblemView } from '../state/pane-types';

export interface SettingSheetNoteProps {
  problems: readonly SchemeProblemView[];
  /** the settings this part of the form edits */
  settings: readonly SchemeFieldPath[];
  locale: Locale;
  onSelectCell(location: CellLocation): void;
}

/** the problems that are about one setting, each with what the form shows instead */
const NOTE_KEYS: Partial<Record<SchemeProblemView['kind'], string>> = {
  unreadableValue: 'settings.sheetProblems.note.unreadableValue',
  invalidValue: 'settings.sheetProblems.note.invalidValue',
  invalidCombination: 'settings.sheetProblems.note.invalidCombination',
  missingValue: 'settings.sheetProblems.note.missingValue',
  duplicateParameter: 'settings.sheetProblems.note.duplicateParameter',
};

const useStyles = makeStyles({
  note: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

export function SettingSheetNote({ problems, settings, locale, onSelectCell }: SettingSheetNoteProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const notes = problems.flatMap((problem) => {
    const key = NOTE_KEYS[problem.kind];
    return problem.setting && key && settings.includes(problem.setting) ? [{ problem, setting: problem.setting, key }] : [];
  });
  return (
    <>
      {notes.map(({ problem, setting, key }) => {
        const { location } = problem;
        return (
          <p key={`${location.sheet}!${location.cell}`} className={mergeClasses(styles.note, styles[problem.severity])} data-testid="setting-sheet-note">
            {t(key, { setting: SCHEME_FIELD_NAMES[setting][locale] })}{' '}
            <Link as="button" inline onClick={() => onSelectCell(location)}>
              {location.cell ? `${location.sheet}!${location.cell}` : location.sheet}
            </Link>
          </p>
        );
      })}
    </>
  );
}
