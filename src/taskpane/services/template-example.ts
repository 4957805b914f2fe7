/**
 * The example rows of "插入示例数据": the seed 002 sample (广州市黄埔区工商联 2022: three 任务, budget,
 * nineteen indicators) laid into the standard template, field by field through the template's headers.
 * Loaded only when asked for: it is not on the first screen.
 */
import type { SampleCell, SampleSheet, SampleWorkbook } from '../../../samples/data/sample-workbook';
import type { CellScalar } from '../../domain/model';
import { normaliseHeaderText } from '../../workbook/detect/header-text';
import { BUDGET_TABLE, headerLookup, INDICATOR_TABLE, type FieldOf, type TableSpec } from '../../workbook/detect/table-fields';
import type { TemplateExample } from '../../workbook/plan/template';
import { basicInfoItemOf } from '../../workbook/read/read-basic-info';

export async function loadTemplateExample(): Promise<TemplateExample> {
  const { seed002 } = await import(/* webpackChunkName: "example" */ '../../../samples/data/seed-002');
  return templateExampleFromSample(seed002);
}

export function templateExampleFromSample(sample: SampleWorkbook): TemplateExample {
  const sheet = (name: string) => sample.sheets.find((candidate) => candidate.name === name);
  const info: NonNullable<TemplateExample['info']> = {};
  for (const [label, content] of sheet('基本信息')?.rows.slice(1) ?? []) {
    const item = typeof label === 'string' ? basicInfoItemOf(label) : null;
    const value = scalar(content ?? null);
    if (item && (typeof value === 'string' || typeof value === 'number')) info[item] = value;
  }
  return {
    info,
    budget: rowsByField(sheet(BUDGET_TABLE.sheetName), BUDGET_TABLE),
    indicators: rowsByField(sheet(INDICATOR_TABLE.sheetName), INDICATOR_TABLE),
  };
}

/** Each data row under the header in row 1, keyed by the field its header stands for. */
function rowsByField<K extends 'budget' | 'indicators'>(sheet: SampleSheet | undefined, spec: TableSpec<K>): Array<Partial<Record<FieldOf<K>, CellScalar>>> {
  if (!sheet || sheet.rows.length === 0) return [];
  const lookup = headerLookup(spec);
  const fields = sheet.rows[0].map((header) => (typeof header === 'string' ? lookup.get(normaliseHeaderText(header)) ?? null : null));
  return sheet.rows.slice(1).flatMap((row) => {
    const record: Partial<Record<FieldOf<K>, CellScalar>> = {};
    fields.forEach((field, column) => {
      const value = scalar(row[column] ?? null);
      if (field && value !== null) record[field] = value;
    });
    return Object.keys(record).length > 0 ? [record] : [];
  });
}

/** What a cell shows: a percentage as its text ("95%", which the engine reads), a formula as its result. */
function scalar(cell: SampleCell): CellScalar {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('formula' in cell) return cell.result;
  if ('date' in cell) return cell.date;
  return cell.numberFormat.includes('%') ? `${Number((cell.value * 100).toPrecision(12))}%` : cell.value;
}
