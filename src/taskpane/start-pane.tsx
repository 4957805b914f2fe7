/** Starts the pane in a page: find the host, pick language and theme, render. */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { PaneApp } from './components/PaneApp';
import { detectHost, type HostGlobals } from './host/detect-host';
import { createPaneI18n, localeFromDisplayLanguage } from './i18n/pane-i18n';
import { readSavedLocale, saveLocale } from './services/locale-preference';
import { createPaneController, type ExcelApiLike } from './services/pane-controller';

export async function startPane(container: HTMLElement, globals: HostGlobals<ExcelApiLike>, storage: Storage | null): Promise<void> {
  const host = await detectHost(globals);
  const root = createRoot(container);
  if (host.kind === 'none') {
    const locale = localeFromDisplayLanguage(navigator.language);
    const i18n = createPaneI18n(locale);
    // the page says zh-CN: an English message must say so, or a screen reader reads it with a Chinese voice
    root.render(
      <FluentProvider theme={webLightTheme} lang={locale}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{i18n.t(`noHost.${host.reason}.title`)}</MessageBarTitle>
            {i18n.t(`noHost.${host.reason}.hint`)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return;
  }
  const controller = createPaneController(host);
  const locale = readSavedLocale(storage) ?? controller.officeLocale();
  const i18n = createPaneI18n(locale);
  root.render(
    <PaneApp
      controller={controller}
      i18n={i18n}
      initialLocale={locale}
      theme={controller.officeTheme()}
      saveLocale={(chosen) => saveLocale(storage, chosen)}
    />,
  );
}
