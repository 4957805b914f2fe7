import { createXlsxWorkbook } from '../hosts/xlsx';
import { planTemplate } from '../workbook/plan/template';

/**
 * Writes the blank template (基本信息, 预算执行, 绩效指标, 评分设置) as a new .xlsx.
 * @returns null when written, else why the file could not be written
 */
export async function writeTemplate(output: string): Promise<string | null> {
  const workbook = createXlsxWorkbook();
  await workbook.apply(planTemplate());
  try {
    await workbook.save(output);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
