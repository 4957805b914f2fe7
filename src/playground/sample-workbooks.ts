/** The workbooks the playground can start with: the samples of samples/data, or a blank workbook. */
import type { SampleWorkbook } from '../../samples/data/sample-workbook';
import { seed000 } from '../../samples/data/seed-000';
import { seed002 } from '../../samples/data/seed-002';

export type PlaygroundWorkbookChoice = 'seed-002' | 'seed-000' | 'blank';

export const DEFAULT_PLAYGROUND_WORKBOOK: PlaygroundWorkbookChoice = 'seed-002';

export const PLAYGROUND_WORKBOOKS: ReadonlyArray<{ choice: PlaygroundWorkbookChoice; label: string; sample: SampleWorkbook | null }> = [
  { choice: 'seed-002', label: '广州市黄埔区工商联 2022（种子 002）', sample: seed002 },
  { choice: 'seed-000', label: '武汉市新洲区工商联 2019（种子 000）', sample: seed000 },
  { choice: 'blank', label: '空白工作簿 / blank workbook', sample: null },
];

/** `?workbook=blank` and the like; anything else gives the default sample. */
export function workbookChoiceFromQuery(search: string): PlaygroundWorkbookChoice {
  const asked = new URLSearchParams(search).get('workbook');
  return PLAYGROUND_WORKBOOKS.find((option) => option.choice === asked)?.choice ?? DEFAULT_PLAYGROUND_WORKBOOK;
}

export function sampleFor(choice: PlaygroundWorkbookChoice): SampleWorkbook | null {
  return PLAYGROUND_WORKBOOKS.find((option) => option.choice === choice)?.sample ?? null;
}
