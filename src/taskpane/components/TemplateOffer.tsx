/** On an empty workbook (or one without an indicator table): the standard template, blank or with example rows, and what each sheet is for. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TemplateKind } from '../state/pane-types';

export interface TemplateOfferProps {
  disabled: boolean;
  /** false when offered beside tables the workbook already has (no indicator table found): it is not empty */
  workbookIsEmpty: boolean;
  onInsert(kind: TemplateKind): void;
}

export const TEMPLATE_SHEETS = ['basicInfo', 'budget', 'indicators', 'settings'] as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  intro: { margin: 0 },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  sheetName: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function TemplateOffer({ disabled, workbookIsEmpty, onInsert }: TemplateOfferProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t('template.title')} data-testid="template-offer">
      <p className={styles.intro}>{t(workbookIsEmpty ? 'template.intro' : 'template.introNotEmpty')}</p>
      <ul className={styles.sheets}>
        {TEMPLATE_SHEETS.map((sheet) => (
          <li key={sheet}>
            <span className={styles.sheetName}>{t(`template.sheets.${sheet}.name`)}</span>
            {t('common.colon')}
            {t(`template.sheets.${sheet}.purpose`)}
          </li>
        ))}
      </ul>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={disabled} onClick={() => onInsert('blank')} data-testid="insert-blank-template">
          {t('template.insertBlank')}
        </Button>
        <Button disabledFocusable={disabled} onClick={() => onInsert('example')} data-testid="insert-example-template">
          {t('template.insertExample')}
        </Button>
      </div>
    </section>
  );
}
