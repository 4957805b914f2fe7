import { packInOrder } from '../../../src/hosts/office/pack-in-order';

describe('packing requests under Excel’s size limit, in order', () => {
  it('starts a new group when the next item would pass the limit, and keeps the order', () => {
    expect(packInOrder([3, 4, 2, 5, 1], (n) => n, 7)).toEqual([[3, 4], [2, 5], [1]]);
  });

  it('gives an item larger than the limit a group of its own', () => {
    expect(packInOrder([2, 9, 2], (n) => n, 5)).toEqual([[2], [9], [2]]);
  });

  it('makes no group of nothing', () => {
    expect(packInOrder([], (n: number) => n, 5)).toEqual([]);
  });
});
