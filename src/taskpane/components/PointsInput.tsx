/** A small number box for a score, a bound or a percentage (0–100), as the settings editors list them. */
import { Input, makeStyles } from '@fluentui/react-components';

export interface PointsInputProps {
  value: number;
  onValue(value: number): void;
  label: string;
  /** "≥" before a lower bound */
  before?: string;
  /** "%" after a percentage */
  after?: string;
}

const useStyles = makeStyles({ input: { width: '80px' } });

export function PointsInput({ value, onValue, label, before, after }: PointsInputProps) {
  const styles = useStyles();
  return (
    <Input
      className={styles.input}
      size="small"
      type="number"
      min={0}
      max={100}
      contentBefore={before}
      contentAfter={after}
      aria-label={label}
      value={String(value)}
      onChange={(_, data) => onValue(Number(data.value))}
    />
  );
}

/** `items` with the one at `index` replaced: the editors' rows are edited one at a time. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}
