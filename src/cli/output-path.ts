import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Without -o, the scored copy goes beside the input: 自评.xlsx → 自评.scored.xlsx. Always .xlsx:
 * ExcelJS does not keep macros, so an .xlsm input gives a macro-free .xlsx.
 */
export function defaultScoredPath(input: string): string {
  const extension = path.extname(input);
  const base = extension ? input.slice(0, -extension.length) : input;
  return `${base}.scored.xlsx`;
}

/** true when both names lead to the same file (links followed), so the input is never overwritten */
export function isSameFile(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
