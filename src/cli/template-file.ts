import type { Locale } from '../domain/model';
import { createXlsxWorkbook } from '../hosts/xlsx';
import { planTemplate } from '../workbook/plan/template';
import { writeFailure } from './write-failure';

/**
 * Writes the blank template (基本信息, 预算执行, 绩效指标, 评分设置) as a new .xlsx.
 * @returns null when written, else why the file could not be written
 */
export async function writeTemplate(output: string): Promise<Record<Locale, string> | null> {
  const workbook = createXlsxWorkbook();
  await workbook.apply(planTemplate());
  try {
    await workbook.save(output);
    return null;
  } catch (error) {
    return writeFailure(error, output);
  }
}
