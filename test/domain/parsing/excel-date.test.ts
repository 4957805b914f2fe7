import { excelSerialToDate } from '../../../src/domain/parsing/excel-date';

describe('excelSerialToDate (1900 date system)', () => {
  test.each([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29], // Excel's phantom 29 February 1900
    [61, 1900, 3, 1],
    [44926, 2022, 12, 31],
    [44926.75, 2022, 12, 31], // the time of day does not move the date
    [44927, 2023, 1, 1],
    [45351, 2024, 2, 29],
  ])('serial %d is %d-%d-%d', (serial, year, month, day) => {
    expect(excelSerialToDate(serial)).toEqual({ year, month, day });
  });

  test.each([0, -1, 0.5, 3e6, NaN])('%d is not a date', (serial) => {
    expect(excelSerialToDate(serial)).toBeNull();
  });
});
