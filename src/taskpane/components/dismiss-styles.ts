/** The × of the message bars: a small button keeps a 64 px minimum width, which took a quarter of a 320 px pane's bar from its text. */
import { makeStyles } from '@fluentui/react-components';

export const useDismissStyles = makeStyles({
  dismiss: { minWidth: 'auto' },
});
