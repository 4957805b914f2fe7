import type { CellRef, Locale, RawCell, Scheme } from '../model';
import { isCellError } from '../model';
import { DEFAULT_SCHEME } from './defaults';
import type { SchemeFieldPath } from './field-names';
import { keptDefault, problemAt, type SchemeProblem } from './setting-problems';
import { isBlankSetting, settingText } from './setting-values';
import { findSetting, normaliseSettingName, SCHEME_SETTINGS, type SchemeSetting } from './settings';
import { validateScheme, type SchemeIssue } from './validate';

export interface SettingRow {
  key: RawCell;
  value: RawCell;
  keyCell: CellRef;
  valueCell: CellRef;
}

export interface SchemeFromSheet {
  scheme: Scheme;
  problems: SchemeProblem[];
}

interface AcceptedSetting {
  setting: SchemeSetting;
  apply: (scheme: Scheme) => Scheme;
  row: SettingRow;
}

const HEADER_NAMES = new Set(['参数', 'parameter', '参数名称', 'setting'].map(normaliseSettingName));

/**
 * The scheme the 评分设置 rows describe. Rows that are missing keep DEFAULT_SCHEME's value; a row that
 * cannot be used (unknown name, unreadable or invalid value, a combination that breaks a rule) is a
 * problem naming its cell, and that setting keeps its default. A setting given twice: the first row
 * counts, the later one is a problem. Never throws.
 */
export function schemeFromSettingRows(rows: readonly SettingRow[]): SchemeFromSheet {
  const problems: SchemeProblem[] = [];
  const accepted = new Map<SchemeFieldPath, AcceptedSetting>();
  const firstRow = new Map<SchemeFieldPath, SettingRow>();

  for (const row of rows) {
    const keyText = settingText(row.key);
    if (keyText === null) {
      if (!isBlankSetting(row.value)) problems.push(missingName(row));
      continue;
    }
    if (HEADER_NAMES.has(normaliseSettingName(keyText))) continue;
    const setting = findSetting(keyText);
    if (!setting) {
      problems.push(unknownName(row, keyText));
      continue;
    }
    const first = firstRow.get(setting.field);
    if (first) {
      problems.push(duplicate(row, setting, first));
      continue;
    }
    firstRow.set(setting.field, row);
    const problem = readSetting(setting, row, accepted);
    if (problem) problems.push(problem);
  }

  return { scheme: combine(accepted, problems), problems };
}

/** Reads one row into `accepted`, or says why it cannot be used. */
function readSetting(setting: SchemeSetting, row: SettingRow, accepted: Map<SchemeFieldPath, AcceptedSetting>): SchemeProblem | null {
  const defaultText = setting.write(DEFAULT_SCHEME);
  if (isBlankSetting(row.value)) {
    return problemAt('missingValue', 'info', row.valueCell, setting.field, {
      'zh-CN': `「${setting.name['zh-CN']}」未填写值，${keptDefault(defaultText)['zh-CN']}`,
      'en-US': `"${setting.name['en-US']}" has no value. ${keptDefault(defaultText)['en-US']}`,
    });
  }
  const read = setting.read(row.value);
  if (!read.ok) {
    const text = cellDisplay(row.value);
    return problemAt('unreadableValue', 'error', row.valueCell, setting.field, {
      'zh-CN': `「${setting.name['zh-CN']}」的值「${text}」无法识别，应为${read.expected['zh-CN']}；${keptDefault(defaultText)['zh-CN']}`,
      'en-US': `"${setting.name['en-US']}" cannot be read from "${text}": expected ${read.expected['en-US']}. ${keptDefault(defaultText)['en-US']}`,
    });
  }
  const alone = validateScheme(read.apply(DEFAULT_SCHEME));
  const ownIssue = alone.ok ? undefined : alone.issues.find((issue) => isOnlyAbout(issue, setting.field));
  if (ownIssue) {
    return problemAt('invalidValue', 'error', row.valueCell, setting.field, withDefault(ownIssue.message, defaultText));
  }
  accepted.set(setting.field, { setting, apply: read.apply, row });
  return null;
}

/**
 * Each accepted setting is valid on its own; a rule tying two settings together can still fail. The
 * settings the sheet gave for that rule go back to their defaults (DEFAULT_SCHEME satisfies every rule,
 * so this ends).
 */
function combine(accepted: Map<SchemeFieldPath, AcceptedSetting>, problems: SchemeProblem[]): Scheme {
  for (;;) {
    const scheme = [...accepted.values()].reduce((s, a) => a.apply(s), DEFAULT_SCHEME);
    const validation = validateScheme(scheme);
    if (validation.ok) return validation.scheme;
    const reverted = new Set<SchemeFieldPath>();
    for (const issue of validation.issues) {
      for (const field of issue.involves) {
        const culprit = accepted.get(field);
        if (!culprit || reverted.has(field)) continue;
        const { setting, row } = culprit;
        problems.push(
          problemAt('invalidCombination', 'error', row.valueCell, field, withDefault(issue.message, setting.write(DEFAULT_SCHEME))),
        );
        reverted.add(field);
      }
    }
    if (reverted.size === 0) return DEFAULT_SCHEME;
    for (const field of reverted) accepted.delete(field);
  }
}

function isOnlyAbout(issue: SchemeIssue, field: SchemeFieldPath): boolean {
  return issue.involves.length === 1 && issue.involves[0] === field;
}

function withDefault(message: Record<Locale, string>, defaultText: string | number): Record<Locale, string> {
  return {
    'zh-CN': `${message['zh-CN']}${keptDefault(defaultText)['zh-CN']}`,
    'en-US': `${message['en-US']} ${keptDefault(defaultText)['en-US']}`,
  };
}

function cellDisplay(cell: RawCell): string {
  return isCellError(cell.value) ? cell.value.error : String(cell.value);
}

function missingName(row: SettingRow): SchemeProblem {
  const text = cellDisplay(row.value);
  return problemAt('missingParameterName', 'error', row.keyCell, null, {
    'zh-CN': `本行填写了值「${text}」，但没有参数名，已忽略。`,
    'en-US': `This row has the value "${text}" but no parameter name; it was ignored.`,
  });
}

function unknownName(row: SettingRow, keyText: string): SchemeProblem {
  const known = (locale: Locale, separator: string) => SCHEME_SETTINGS.map((s) => s.name[locale]).join(separator);
  return problemAt('unknownParameter', 'error', row.keyCell, null, {
    'zh-CN': `参数「${keyText}」无法识别，本行已忽略。可用的参数：${known('zh-CN', '、')}。`,
    'en-US': `The parameter "${keyText}" is not known; the row was ignored. Known parameters: ${known('en-US', ', ')}.`,
  });
}

function duplicate(row: SettingRow, setting: SchemeSetting, first: SettingRow): SchemeProblem {
  return problemAt('duplicateParameter', 'error', row.keyCell, setting.field, {
    'zh-CN': `参数「${setting.name['zh-CN']}」重复，以第一次出现的 ${first.keyCell.address} 为准，本行已忽略。`,
    'en-US': `"${setting.name['en-US']}" is given twice; the first one, at ${first.keyCell.address}, counts and this row was ignored.`,
  });
}
