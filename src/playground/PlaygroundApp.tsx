/** The playground's left side: which workbook is loaded, and the in-memory workbook as a grid. */
import type { MemoryWorkbook } from '../hosts/memory/memory-workbook';
import { PLAYGROUND_WORKBOOKS, type PlaygroundWorkbookChoice } from './sample-workbooks';
import { WorkbookGrid } from './WorkbookGrid';

export interface PlaygroundAppProps {
  workbook: MemoryWorkbook;
  choice: PlaygroundWorkbookChoice;
  onChoose(choice: PlaygroundWorkbookChoice): void;
}

export function PlaygroundApp({ workbook, choice, onChoose }: PlaygroundAppProps) {
  return (
    <>
      <header className="playground-bar">
        <h1>预算绩效自评 · Playground</h1>
        <span>内存中的 Excel，不连接 Office / in-memory Excel, no Office</span>
        <label>
          工作簿 / Workbook{' '}
          <select
            value={choice}
            onChange={(event) => onChoose(event.target.value as PlaygroundWorkbookChoice)}
            data-testid="workbook-choice"
          >
            {PLAYGROUND_WORKBOOKS.map((option) => (
              <option key={option.choice} value={option.choice}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <section className="playground-grid" aria-label="Workbook">
        <WorkbookGrid workbook={workbook} />
      </section>
    </>
  );
}
