import { oneLineName } from './quoted-text';

/** "一、产出指标" → "产出": the 一级指标 as the report names it, without the table's numbering or 指标 suffix. */
const LEADING_NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])\s*/u;

export function dimensionName(level1: string): string {
  const name = oneLineName(level1).replace(LEADING_NUMBERING, '').trim();
  const bare = name.endsWith('指标') && name.length > 2 ? name.slice(0, -2) : name;
  return bare === '' ? level1.trim() : bare;
}
