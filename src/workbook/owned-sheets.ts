/** The sheets the add-in writes and owns (DESIGN.md "What the add-in writes, and nothing else"). */
export const RESULT_SHEET = '评分结果';
export const REPORT_SHEET = '自评报告';
/** very hidden: table locations, output column positions, schema version, hashes of the sheets written */
export const METADATA_SHEET = '_perfeval';

/** the add-in's sheets, including a copy written beside an edited report ("自评报告(2)") */
const OWNED_SHEET_NAME = /^(评分结果|自评报告)(\(\d+\)|（\d+）)?$/;

export function isOwnedSheetName(name: string): boolean {
  return name === METADATA_SHEET || OWNED_SHEET_NAME.test(name);
}
