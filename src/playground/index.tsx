/**
 * The playground page: a strict in-memory Excel loaded with a sample workbook, drawn as a grid, and
 * beside it the production task pane — which finds no Office host and so uses this in-memory Excel.
 * No office.js is loaded and nothing leaves the machine.
 */
import { createRoot } from 'react-dom/client';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../hosts/memory';
import { createOfficeWorkbookPort } from '../hosts/office';
import type { HostGlobals } from '../taskpane/host/detect-host';
import type { ExcelApiLike } from '../taskpane/services/pane-controller';
import { startPane } from '../taskpane/start-pane';
import { PlaygroundApp } from './PlaygroundApp';
import { planFromSample } from './sample-plan';
import { sampleFor, workbookChoiceFromQuery, type PlaygroundWorkbookChoice } from './sample-workbooks';

async function startPlayground(): Promise<void> {
  const choice = workbookChoiceFromQuery(window.location.search);
  const sample = sampleFor(choice);
  // A sample opens with its own sheets; a blank workbook has Excel's single empty "Sheet1".
  const workbook = new MemoryWorkbook(sample ? { sheets: [] } : {});
  const excel = createExcelApi(workbook);
  if (sample) {
    await createOfficeWorkbookPort(excel).apply(planFromSample(sample));
    workbook.activateSheet(sample.sheets[sample.sheets.length - 1].name);
    workbook.resetCounters();
  }
  const office = createOfficeContext(workbook, { displayLanguage: navigator.language || 'zh-CN' });
  const globals = window as unknown as HostGlobals<ExcelApiLike>;
  globals.__perfEvalMemoryHost = { excel, office };

  const choose = (next: PlaygroundWorkbookChoice) => {
    const url = new URL(window.location.href);
    url.searchParams.set('workbook', next);
    window.location.assign(url.toString());
  };
  const workbookRoot = document.getElementById('playground-workbook');
  const paneRoot = document.getElementById('pane-root');
  if (!workbookRoot || !paneRoot) return;
  createRoot(workbookRoot).render(<PlaygroundApp workbook={workbook} choice={choice} onChoose={choose} />);
  await startPane(paneRoot, globals, null);
}

void startPlayground();
