import type { Scheme } from '../model';
import { SCHEME_SETTINGS } from './settings';

export interface SettingSheetRow {
  /** 参数 */
  key: string;
  /** 值, as schemeFromSettingRows reads it back */
  value: string | number;
  /** 说明: what the setting does, for the finance officer */
  note: string;
}

/** The 评分设置 rows the template writes for `scheme`; schemeFromSettingRows reads them back to `scheme`. */
export function schemeToSettingRows(scheme: Scheme): SettingSheetRow[] {
  return SCHEME_SETTINGS.map((setting) => ({ key: setting.name['zh-CN'], value: setting.write(scheme), note: setting.note }));
}
