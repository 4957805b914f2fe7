/** One look for the pane's small tables, readable at about 320 px wide. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCompactTableStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXS,
  },
  header: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 4px',
  },
  numericHeader: {
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 4px',
    whiteSpace: 'nowrap',
  },
  // a row's name (产出指标, a task's name) wraps, but keeps four characters a line: at 200% zoom (160 px)
  // the figures' columns, which never wrap, would squeeze it to one character a line, and the table scrolls
  cell: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere', minWidth: '4em' },
  numericCell: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: 'right', whiteSpace: 'nowrap' },
});
