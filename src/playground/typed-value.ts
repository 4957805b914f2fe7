/** What a person typed into a grid cell, as Excel would store it: numbers become numbers, the rest text. */
import type { CellScalar } from '../domain/model';

export function valueFromTyped(text: string): CellScalar {
  if (text === '') return null;
  const trimmed = text.trim();
  // Plain decimal numbers only: "1,029.2", "95%" or "≥95" stay text, as the engine's parser reads them.
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return text;
}
