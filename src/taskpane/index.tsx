/** The task pane's page script (taskpane.html, with office.js from Microsoft's CDN loaded before it). */
import type { HostGlobals } from './host/detect-host';
import type { ExcelApiLike } from './services/pane-controller';
import { startPane } from './start-pane';

// taskpane.html shows its "could not start" note on load unless this ran: an engine that cannot parse
// the bundle (Internet Explorer 11, Edge Legacy) never gets here.
(window as { __perfEvalPaneStarted?: boolean }).__perfEvalPaneStarted = true;

const container = document.getElementById('root');
if (container) {
  void startPane(container, window as unknown as HostGlobals<ExcelApiLike>, safeLocalStorage());
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
