/**
 * The date of an Excel date serial in the 1900 date system, which counts the non-existent
 * 29 February 1900 (serial 60) as Lotus 1-2-3 did. Serials below 1 are not dates.
 */
export interface ExcelDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 61 and later count from here because of the phantom leap day */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
/** Beyond 9999-12-31 Excel shows #### rather than a date */
const LAST_SERIAL = 2_958_465;

export function excelSerialToDate(serial: number): ExcelDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return null;
  const days = Math.floor(serial);
  if (days === 60) return { year: 1900, month: 2, day: 29 };
  const epoch = days < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  const date = new Date(epoch + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
