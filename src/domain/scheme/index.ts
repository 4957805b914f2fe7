export { DEFAULT_SCHEME } from './defaults';
export { SCHEME_FIELD_NAMES, SCHEME_FIELD_PATHS, type SchemeFieldPath } from './field-names';
export { schemeSchema } from './schema';
export { validateScheme, type SchemeIssue, type SchemeValidation } from './validate';
export { SCHEME_SETTINGS, findSetting, type SchemeSetting } from './settings';
export { schemeFromSettingRows, type SchemeFromSheet, type SettingRow } from './from-setting-rows';
export { schemeToSettingRows, type SettingSheetRow } from './to-setting-rows';
export type { SchemeProblem, SchemeProblemKind } from './setting-problems';
export { settingsDifferingFromDefault } from './differences';
