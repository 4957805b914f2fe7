/** Grade bands (≥ 90 优 …): the lower bound and the label of each, highest first. */
import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { GradeBand } from '../../domain/model';

export interface GradeBandsEditorProps {
  grades: readonly GradeBand[];
  onChange(grades: GradeBand[]): void;
}

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  min: { width: '80px' },
  label: { width: '96px' },
});

export function GradeBandsEditor({ grades, onChange }: GradeBandsEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const replace = (index: number, band: GradeBand) => onChange(grades.map((g, i) => (i === index ? band : g)));
  return (
    <div role="group" aria-label={t('settings.grades.title')}>
      {grades.map((band, index) => (
        <div key={index} className={styles.row}>
          <Input
            className={styles.min}
            size="small"
            type="number"
            min={0}
            max={100}
            contentBefore="≥"
            aria-label={t('settings.grades.min', { index: index + 1 })}
            value={String(band.min)}
            onChange={(_, data) => replace(index, { ...band, min: Number(data.value) })}
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
