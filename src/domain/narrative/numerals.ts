const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numerals of 一、 and （一） in Chinese reports.
 * Beyond 99 (no report numbers that many sections) the Arabic number is used.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones];
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}
