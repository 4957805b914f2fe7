/**
 * Items in their order, cut into consecutive groups each at most `max` by `sizeOf` (an item larger
 * than `max` alone gets a group of its own): the write batches under Excel's request limit, and the
 * read slices under its response limit. `firstMax`, when given, holds for the first group instead (the
 * first write request also carries the loads of unchanged-cells-check.ts).
 */
export function packInOrder<Item>(items: readonly Item[], sizeOf: (item: Item) => number, max: number, firstMax = max): Item[][] {
  const groups: Item[][] = [];
  let current: Item[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && size + itemSize > (groups.length === 0 ? firstMax : max)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
