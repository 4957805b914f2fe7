/** Headers of the columns the add-in writes beside the input tables; it knows its columns again by them. */
export const INDICATOR_OUTPUT_HEADERS = ['完成率', '计算得分', '状态', '提示'] as const;
export const BUDGET_OUTPUT_HEADERS = ['执行率', '得分', '提示'] as const;

export const OUTPUT_HEADER_SEQUENCES: ReadonlyArray<readonly string[]> = [INDICATOR_OUTPUT_HEADERS, BUDGET_OUTPUT_HEADERS];

/**
 * The number of trailing cells of a header row that are one of the add-in's output blocks (0 when the
 * row does not end with one), so a table's extent leaves the add-in's own columns out.
 */
export function trailingOutputHeaderCount(cells: ReadonlyArray<{ column: number; text: string }>): number {
  for (const sequence of OUTPUT_HEADER_SEQUENCES) {
    if (cells.length < sequence.length) continue;
    const tail = cells.slice(cells.length - sequence.length);
    const contiguous = tail.every((cell, index) => index === 0 || cell.column === tail[index - 1].column + 1);
    if (contiguous && tail.every((cell, index) => cell.text === sequence[index])) return sequence.length;
  }
  return 0;
}
