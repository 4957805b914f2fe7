import type { Scheme } from '../model';
import { DEFAULT_SCHEME } from './defaults';
import { SCHEME_SETTINGS, type SchemeSetting } from './settings';

/** The settings of `scheme` that are not DEFAULT_SCHEME's, in the order the 评分设置 sheet lists them. */
export function settingsDifferingFromDefault(scheme: Scheme): SchemeSetting[] {
  return SCHEME_SETTINGS.filter((setting) => setting.write(scheme) !== setting.write(DEFAULT_SCHEME));
}
