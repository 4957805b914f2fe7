import { excelSerialToMonthDay } from '../../../src/domain/parsing/excel-date';

describe('excelSerialToMonthDay (1900 date system)', () => {
  test.each([
    [1, 1, 1],
    [59, 2, 28],
    [60, 2, 29], // Excel's phantom 29 February 1900
    [61, 3, 1],
    [44926, 12, 31], // 2022-12-31
    [44926.75, 12, 31], // the time of day does not move the date
    [45351, 2, 29], // 2024-02-29
  ])('serial %d is %d/%d', (serial, month, day) => {
    expect(excelSerialToMonthDay(serial)).toEqual({ month, day });
  });

  test.each([0, -1, 0.5, 3e6, NaN])('%d is not a date', (serial) => {
    expect(excelSerialToMonthDay(serial)).toBeNull();
  });
});
