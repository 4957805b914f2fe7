import type { Level1Kind } from '../model';

const KIND_BY_NAME: ReadonlyMap<string, Level1Kind> = new Map<string, Level1Kind>([
  ['产出', 'output'],
  ['效益', 'benefit'],
  ['效果', 'benefit'],
  ['满意度', 'satisfaction'],
  ['服务对象满意度', 'satisfaction'],
  ['预算执行', 'budget'],
  ['预算执行率', 'budget'],
]);

/** "一、", "1.", "（一）" before the name, as tables number their dimensions. */
const LEADING_NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])\s*/;

/**
 * 一级指标 name → dimension. Tables write "产出指标" as often as "产出", and number the dimensions
 * ("一、产出"); both are ignored. Anything else is 'other' and still scored.
 */
export function classifyLevel1(name: string): Level1Kind {
  let key = name.replace(/\s+/g, '').replace(LEADING_NUMBERING, '');
  if (key.endsWith('指标')) key = key.slice(0, -2);
  return KIND_BY_NAME.get(key) ?? 'other';
}
