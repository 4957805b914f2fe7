/**
 * Items in their order, cut into consecutive groups each at most `max` by `sizeOf` (an item larger
 * than `max` alone gets a group of its own): the write batches under Excel's request limit, and the
 * read slices under its response limit.
 */
export function packInOrder<Item>(items: readonly Item[], sizeOf: (item: Item) => number, max: number): Item[][] {
  const groups: Item[][] = [];
  let current: Item[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && size + itemSize > max) {
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
