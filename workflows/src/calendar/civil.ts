/**
 * Proleptic Gregorian date arithmetic on integer day numbers (days since 1970-01-01),
 * without `Date`, so that it is allocation-free and independent of the host time zone.
 * Algorithm: H. Hinnant, "chrono-compatible low-level date algorithms" (public domain).
 */

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
/** Asia/Ho_Chi_Minh is a fixed UTC+7 offset (no DST since 1975). */
export const VN_OFFSET_MS = 7 * HOUR_MS;
/** Julian Day Number of 1970-01-01. */
export const JDN_UNIX_EPOCH = 2_440_588;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → day number; throws on malformed or impossible dates. */
export function parseIsoDate(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (m === null) throw new RangeError(`Invalid date '${iso}', expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidCivil(year, month, day)) throw new RangeError(`Invalid date '${iso}'`);
  return daysFromCivil(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatIsoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** 'dd/MM/yyyy', the usual Vietnamese administrative date format. */
export function formatViDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Local (UTC+7) day number of an instant. */
export function localDay(t: number): number {
  return Math.floor((t + VN_OFFSET_MS) / DAY_MS);
}

/** Instant of local (UTC+7) midnight starting the given day. */
export function localDayStart(days: number): number {
  return days * DAY_MS - VN_OFFSET_MS;
}

/** 'HH:mm dd/MM/yyyy' in Asia/Ho_Chi_Minh (UTC+7). Seconds are truncated. */
export function formatVi(t: number): string {
  const day = localDay(t);
  const minutes = Math.floor((t - localDayStart(day)) / MINUTE_MS);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} ${formatViDate(day)}`;
}

/** Epoch ms of a local (UTC+7) wall-clock time; convenient for data entry and tests. */
export function vnInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return localDayStart(daysFromCivil(year, month, day)) + hour * HOUR_MS + minute * MINUTE_MS;
}

const WEEKDAY_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;

export function weekdayNameVi(days: number): string {
  return WEEKDAY_VI[isoWeekday(days)] ?? '';
}
