/** What the add-in found: each table's sheet, range and which header became which field. */
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CellLocation, TableView } from '../state/pane-types';

export interface TablesOverviewProps {
  tables: readonly TableView[];
  onSelectCell(location: CellLocation): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  table: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
  },
  field: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  header: { margin: 0, overflowWrap: 'anywhere' },
});

export function TablesOverview({ tables, onSelectCell }: TablesOverviewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t('tables.found')} data-testid="tables-overview">
      {tables.map((table) => (
        <article key={`${table.kind}-${table.sheet}`} className={styles.table} data-testid={`table-${table.kind}`}>
          <h2 className={styles.title}>
            {t(`tables.titles.${table.kind}`)}
            <Link as="button" onClick={() => onSelectCell({ sheet: table.sheet, cell: table.range })}>
              {`${table.sheet}!${table.range}`}
            </Link>
            {table.remembered ? (
              <Badge appearance="tint" size="small">
                {t('tables.remembered')}
              </Badge>
            ) : null}
          </h2>
          {table.columns.length > 0 ? (
            <dl className={styles.columns} aria-label={t('tables.columnsLabel')}>
              {table.columns.map((column) => (
                <div key={column.field} style={{ display: 'contents' }}>
                  <dt className={styles.field}>{t(`fields.${column.field}`, { defaultValue: column.field })}</dt>
                  <dd className={styles.header}>{`${column.header} (${column.address})`}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </article>
      ))}
    </section>
  );
}
