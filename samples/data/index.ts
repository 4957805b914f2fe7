import { projectMof } from './project-mof';
import type { SampleWorkbook } from './sample-workbook';
import { seed000 } from './seed-000';
import { seed002 } from './seed-002';

/** Every sample workbook, in the order the demo shows them. */
export const SAMPLE_WORKBOOKS: readonly SampleWorkbook[] = [seed000, seed002, projectMof];

export type { SampleWorkbook } from './sample-workbook';
