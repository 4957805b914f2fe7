/** Correct a mapping: select the table (header included) in the sheet, pick which table it is, confirm. */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_KINDS, type TableKind } from '../state/pane-types';

export interface TableRemapProps {
  disabled: boolean;
  onUseSelection(table: TableKind): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  // the longest table name (basic information table) is wider than the pane at 200% zoom: the list narrows
  field: { maxWidth: '100%' },
  select: { minWidth: 0 },
});

export function TableRemap({ disabled, onUseSelection }: TableRemapProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [table, setTable] = useState<TableKind>('indicators');
  return (
    <section className={styles.root} aria-label={t('remap.title')}>
      <p className={styles.hint}>{t('remap.hint')}</p>
      <div className={styles.row}>
        <Field className={styles.field} label={t('remap.tableLabel')} size="small">
          <Select className={styles.select} value={table} onChange={(_, data) => setTable(data.value as TableKind)} data-testid="remap-table-kind">
            {TABLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`tables.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={disabled} onClick={() => onUseSelection(table)} data-testid="use-selection-button">
          {t('remap.useSelection')}
        </Button>
      </div>
    </section>
  );
}
