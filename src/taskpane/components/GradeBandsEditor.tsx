/** Grade bands (≥ 90 优 …): the lower bound and the label of each, highest first. */
import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { GradeBand } from '../../domain/model';
import { PointsInput, replaceAt } from './PointsInput';

export interface GradeBandsEditorProps {
  grades: readonly GradeBand[];
  onChange(grades: GradeBand[]): void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  label: { width: '96px' },
});

export function GradeBandsEditor({ grades, onChange }: GradeBandsEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const replace = (index: number, band: GradeBand) => onChange(replaceAt(grades, index, band));
  return (
    // no group of its own: the settings form's fieldset around it already names it
    <div>
      {grades.map((band, index) => (
        <div key={index} className={styles.row}>
          <PointsInput
            before="≥"
            label={t('settings.grades.min', { index: index + 1 })}
            value={band.min}
            onValue={(min) => replace(index, { ...band, min })}
          />
          <Input
            className={styles.label}
            size="small"
            aria-label={t('settings.grades.label', { index: index + 1 })}
            value={band.label}
            onChange={(_, data) => replace(index, { ...band, label: data.value })}
          />
          <Button
            size="small"
            appearance="subtle"
            aria-label={t('settings.grades.remove', { index: index + 1 })}
            disabled={grades.length <= 1}
            onClick={() => onChange(grades.filter((_, i) => i !== index))}
          >
            −
          </Button>
        </div>
      ))}
      <Button size="small" appearance="subtle" onClick={() => onChange([...grades, { min: 0, label: '' }])}>
        {t('settings.grades.add')}
      </Button>
    </div>
  );
}
