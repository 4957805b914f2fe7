/**
 * The forms `load` accepts in Office.js: "values, numberFormat", ["values", "format/font/bold"],
 * { select: "...", expand: "..." }, or nothing (every scalar property). Paths with "/" reach into
 * navigation properties ("format/fill/color") or a collection's items ("items/name").
 */

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** the property paths, each split at "/"; an empty list means "all scalar properties" */
export function parseLoadOption(option: LoadOption): string[][] {
  const names = collectNames(option);
  return names.map((name) => name.split('/').map((part) => part.trim()).filter((part) => part !== ''));
}

function collectNames(option: LoadOption): string[] {
  if (option === undefined) return [];
  if (typeof option === 'string') return splitList(option);
  if (Array.isArray(option)) return option.flatMap(splitList);
  const select = option.select === undefined ? [] : collectNames(option.select);
  const expand = option.expand === undefined ? [] : collectNames(option.expand);
  return [...select, ...expand];
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
