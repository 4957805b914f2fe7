/** The header row of the pane's small tables: the rows' name, then the figures' columns, right-aligned. */
import { useCompactTableStyles } from './compact-table-styles';

export function CompactTableHead({ name, figures }: { name: string; figures: readonly string[] }) {
  const styles = useCompactTableStyles();
  return (
    <thead>
      <tr>
        <th scope="col" className={styles.header}>
          {name}
        </th>
        {figures.map((label) => (
          <th key={label} scope="col" className={styles.numericHeader}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
