/** Requirement set versions ("1.7", "1.14") compared as numbers part by part, as Office compares them. */
export function compareApiVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export function apiVersionAtLeast(available: string, needed: string): boolean {
  return compareApiVersions(available, needed) >= 0;
}
