import type { Scheme } from '../domain/model';
import { findSetting, settingsDifferingFromDefault, type SettingRow } from '../domain/scheme';
import { settingText } from '../domain/scheme/setting-values';
import { workbookProblem, type WorkbookProblem } from './problems';

/**
 * When 评分设置 changed the scheme, the result says how (every setting that is not the default, with
 * its value), so that a reviewer reading 95.91 好 or a capped total knows which rules gave it.
 */
export function schemeInUseNote(scheme: Scheme, rows: readonly SettingRow[]): WorkbookProblem | null {
  const differing = settingsDifferingFromDefault(scheme);
  if (differing.length === 0) return null;
  const row = rows.find((candidate) => {
    const name = settingText(candidate.key);
    return name !== null && findSetting(name)?.field === differing[0].field;
  });
  const list = (locale: 'zh-CN' | 'en-US', separator: string) =>
    differing.map((setting) => `${setting.name[locale]} ${setting.write(scheme)}`).join(separator);
  return workbookProblem(
    'SCHEME_NOT_DEFAULT',
    { sheet: row?.valueCell.sheet ?? null, cell: row?.valueCell.address ?? null },
    {
      'zh-CN': `按评分设置评分，以下设置不同于默认：${list('zh-CN', '；')}。`,
      'en-US': `Scored with the workbook's scoring settings; these differ from the defaults: ${list('en-US', '; ')}.`,
    },
    { severity: 'info' },
  );
}
