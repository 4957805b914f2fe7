/**
 * The example rows of "插入示例数据": the seed 002 sample (广州市黄埔区工商联 2022: three 任务, budget,
 * nineteen indicators) laid into the standard template, field by field. The sample's tables are found
 * the way any workbook's are (detectTables), so a sample in its own layout gives its rows too.
 * Loaded only when asked for: it is not on the first screen.
 */
import type { SampleCell, SampleWorkbook } from '../../../samples/data/sample-workbook';
import type { CellScalar } from '../../domain/model';
import type { DetectedTable } from '../../workbook/detect/detection-types';
import { detectTables } from '../../workbook/detect/detect-tables';
import type { FieldOf } from '../../workbook/detect/table-fields';
import type { SheetGrid } from '../../workbook/grid';
import type { TemplateExample } from '../../workbook/plan/template';
import { basicInfoItemOf } from '../../workbook/read/read-basic-info';

export async function loadTemplateExample(): Promise<TemplateExample> {
  const { seed002 } = await import(/* webpackChunkName: "example" */ '../../../samples/data/seed-002');
  return templateExampleFromSample(seed002);
}

export function templateExampleFromSample(sample: SampleWorkbook): TemplateExample {
  const grids = sample.sheets.map(sampleGrid);
  const detection = detectTables(grids);
  const gridOf = (sheet: string) => grids.find((grid) => grid.name === sheet);
  const info: NonNullable<TemplateExample['info']> = {};
  const infoTable = detection.basicInfo;
  const infoGrid = infoTable ? gridOf(infoTable.sheet) : undefined;
  if (infoTable && infoGrid) {
    for (const row of rowsByField(infoGrid, infoTable)) {
      const item = typeof row.item === 'string' ? basicInfoItemOf(row.item) : null;
      if (item && (typeof row.content === 'string' || typeof row.content === 'number')) info[item] = row.content;
    }
  }
  const rowsOf = <K extends 'budget' | 'indicators'>(table: DetectedTable<K> | null) => {
    const grid = table ? gridOf(table.sheet) : undefined;
    return table && grid ? rowsByField(grid, table) : [];
  };
  return { info, budget: rowsOf(detection.budget), indicators: rowsOf(detection.indicators) };
}

/** The table's data rows, each keyed by the field of its columns; blank rows left out. */
function rowsByField<K extends 'budget' | 'indicators' | 'basicInfo'>(grid: SheetGrid, table: DetectedTable<K>): Array<Partial<Record<FieldOf<K>, CellScalar>>> {
  const rows: Array<Partial<Record<FieldOf<K>, CellScalar>>> = [];
  for (let row = table.firstDataRow; row <= table.lastRow; row++) {
    const record: Partial<Record<FieldOf<K>, CellScalar>> = {};
    for (const column of table.columns) {
      const value = grid.values[row - grid.top]?.[column.column - grid.left] ?? null;
      if (value !== null && typeof value !== 'object') record[column.field] = value;
    }
    if (Object.keys(record).length > 0) rows.push(record);
  }
  return rows;
}

function sampleGrid(sheet: SampleWorkbook['sheets'][number]): SheetGrid {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const values = sheet.rows.map((row) => Array.from({ length: width }, (_, column) => scalar(row[column] ?? null)));
  return { name: sheet.name, top: 1, left: 1, values, numberFormats: values.map((row) => row.map(() => 'General')) };
}

/** What a cell shows: a percentage as its text ("72%", which the engine reads), a formula as its result. */
function scalar(cell: SampleCell): CellScalar {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('formula' in cell) return cell.result;
  if ('date' in cell) return cell.date;
  return cell.numberFormat.includes('%') ? `${Number((cell.value * 100).toPrecision(12))}%` : cell.value;
}
