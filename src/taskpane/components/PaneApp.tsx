/** The pane with its providers: Fluent theme (following Office light/dark) and the pane's i18n. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../../domain/model';
import type { PaneController, ThemeKind } from '../services/pane-controller-types';
import { usePane } from '../state/use-pane';
import { Pane } from './Pane';

export interface PaneAppProps {
  controller: PaneController;
  i18n: i18n;
  initialLocale: Locale;
  theme: ThemeKind;
  saveLocale?: (locale: Locale) => void;
}

export function PaneApp({ controller, i18n, initialLocale, theme, saveLocale }: PaneAppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
        <PaneWithState controller={controller} i18n={i18n} initialLocale={initialLocale} saveLocale={saveLocale} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function PaneWithState(props: Omit<PaneAppProps, 'theme'>) {
  const [state, actions] = usePane(props);
  return <Pane state={state} actions={actions} />;
}
