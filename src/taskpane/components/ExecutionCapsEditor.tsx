/** Caps on the total by execution rate: below R% of the budget spent, the total is at most N. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ExecutionCap } from '../../domain/model';
import { PointsInput, replaceAt } from './PointsInput';

export interface ExecutionCapsEditorProps {
  caps: readonly ExecutionCap[];
  onChange(caps: ExecutionCap[]): void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
});

export function ExecutionCapsEditor({ caps, onChange }: ExecutionCapsEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const replace = (index: number, cap: ExecutionCap) => onChange(replaceAt(caps, index, cap));
  return (
    // no group of its own: the settings form's fieldset around it already names it
    <div>
      {caps.map((cap, index) => (
        <div key={index} className={styles.row}>
          <span>{t('settings.caps.rateBelow')}</span>
          <PointsInput
            after="%"
            label={t('settings.caps.rateBelowLabel', { index: index + 1 })}
            value={Math.round(cap.rateBelow * 1000) / 10}
            onValue={(percent) => replace(index, { ...cap, rateBelow: percent / 100 })}
          />
          <span>{t('settings.caps.maxTotal')}</span>
          <PointsInput
            label={t('settings.caps.maxTotalLabel', { index: index + 1 })}
            value={cap.maxTotal}
            onValue={(maxTotal) => replace(index, { ...cap, maxTotal })}
          />
        </div>
      ))}
    </div>
  );
}
