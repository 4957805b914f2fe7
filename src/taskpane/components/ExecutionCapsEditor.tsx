/** Caps on the total by execution rate: below R% of the budget spent, the total is at most N. */
import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ExecutionCap } from '../../domain/model';

export interface ExecutionCapsEditorProps {
  caps: readonly ExecutionCap[];
  onChange(caps: ExecutionCap[]): void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  number: { width: '80px' },
});

export function ExecutionCapsEditor({ caps, onChange }: ExecutionCapsEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const replace = (index: number, cap: ExecutionCap) => onChange(caps.map((c, i) => (i === index ? cap : c)));
  return (
    <div role="group" aria-label={t('settings.caps.title')}>
      {caps.map((cap, index) => (
        <div key={index} className={styles.row}>
          <span>{t('settings.caps.rateBelow')}</span>
          <Input
            className={styles.number}
            size="small"
            type="number"
            min={0}
            max={100}
            contentAfter="%"
            aria-label={t('settings.caps.rateBelowLabel', { index: index + 1 })}
            value={String(Math.round(cap.rateBelow * 1000) / 10)}
            onChange={(_, data) => replace(index, { ...cap, rateBelow: Number(data.value) / 100 })}
          />
          <span>{t('settings.caps.maxTotal')}</span>
          <Input
            className={styles.number}
            size="small"
            type="number"
            min={0}
            max={100}
            aria-label={t('settings.caps.maxTotalLabel', { index: index + 1 })}
            value={String(cap.maxTotal)}
            onChange={(_, data) => replace(index, { ...cap, maxTotal: Number(data.value) })}
          />
        </div>
      ))}
    </div>
  );
}
