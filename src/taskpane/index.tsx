/** The task pane's page script (taskpane.html, with office.js from Microsoft's CDN loaded before it). */
import type { HostGlobals } from './host/detect-host';
import type { ExcelApiLike } from './services/pane-controller';
import { startPane } from './start-pane';

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
