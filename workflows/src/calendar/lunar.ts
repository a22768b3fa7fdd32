/**
 * Vietnamese lunisolar calendar (âm lịch), computed from astronomy.
 *
 * Method (as published by Hồ Ngọc Đức, "Thuật toán tính âm lịch"; the rules themselves are the
 * traditional Chinese/Vietnamese calendar rules, the formulas are J. Meeus'):
 *  - A month starts on the local civil day containing a new moon (điểm sóc). Local time is
 *    UTC+7 for Vietnam — this is the only reason the Vietnamese calendar differs from the
 *    Chinese one (UTC+8), e.g. Tết 1985 and Tết 2007.
 *  - Month 11 is the month containing the December solstice (đông chí, sun longitude 270°).
 *  - If 13 months start between two consecutive months 11, the first of them (after month 11)
 *    that contains no major solar term (trung khí, a multiple of 30° of sun longitude) is the
 *    leap month (tháng nhuận) and repeats the number of the month before it.
 *  - "Contains a major term" is decided, as in the published method, from the sun's longitude
 *    at local midnight at the start of each month.
 *
 * Formulas: new moon from Meeus, "Astronomical Formulae for Calculators" (mean phase with the
 * periodic terms for new moon, epoch 1900) with the method's ΔT polynomial; sun's true
 * longitude from Meeus, "Astronomical Algorithms", chapter "Solar Coordinates" (low-accuracy series).
 * These constants are kept exactly so that results agree with the published tables.
 *
 * Written from the astronomy for this project; no lunar-calendar package is used or copied.
 * Pure and deterministic (no Date, no host time zone): safe inside Temporal workflows.
 */

import { JDN_UNIX_EPOCH, civilFromDays, daysFromCivil, isValidCivil } from './civil.ts';

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** true for a day of a leap month (tháng nhuận). */
  leap: boolean;
}

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

/** Supported solar/lunar years. Outside it the ΔT and series terms are no longer trustworthy. */
export const LUNAR_MIN_YEAR = 1800;
export const LUNAR_MAX_YEAR = 2199;

export const VIETNAM_TIME_ZONE_HOURS = 7;

const DEG = Math.PI / 180;
/** Mean synodic month, days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian Date (UT) of new moon k = 0 of the Meeus series: 1900-01-01 ≈ 13:51 UT. */
const NEW_MOON_EPOCH_JD = 2_415_021.076998695;

/** Julian Date (UT) of the k-th new moon after the epoch. */
function newMoonJd(k: number): number {
  const T = k / 1236.85; // Julian centuries since 1900 January 0.5
  const T2 = T * T;
  const T3 = T2 * T;
  const meanPhase =
    2_415_020.75933 +
    29.53058868 * k +
    0.0001178 * T2 -
    0.000000155 * T3 +
    0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * DEG; // sun's mean anomaly
  const Mp = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * DEG; // moon's mean anomaly
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * DEG; // moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(M) +
    0.0021 * Math.sin(2 * M) -
    0.4068 * Math.sin(Mp) +
    0.0161 * Math.sin(2 * Mp) -
    0.0004 * Math.sin(3 * Mp) +
    0.0104 * Math.sin(2 * F) -
    0.0051 * Math.sin(M + Mp) -
    0.0074 * Math.sin(M - Mp) +
    0.0004 * Math.sin(2 * F + M) -
    0.0004 * Math.sin(2 * F - M) -
    0.0006 * Math.sin(2 * F + Mp) +
    0.001 * Math.sin(2 * F - Mp) +
    0.0005 * Math.sin(M + 2 * Mp);
  // ΔT (ephemeris minus universal time), in days, as used by the published method.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return meanPhase + correction - deltaT;
}

/** Julian Day Number of the local civil day on which new moon k occurs. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + tz / 24);
}

/** Sun's true geometric longitude in degrees [0, 360) at Julian Date jd. */
function sunLongitude(jd: number): number {
  const T = (jd - 2_451_545.0) / 36_525; // Julian centuries since J2000.0
  const T2 = T * T;
  const M = (357.5291 + 35_999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * DEG; // mean anomaly
  const L0 = 280.46645 + 36_000.76983 * T + 0.0003032 * T2; // mean longitude
  const center =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.00029 * Math.sin(3 * M);
  const L = (L0 + center) % 360;
  return L < 0 ? L + 360 : L;
}

/** Which 30° sector (0 = 0°–30° … 9 = 270°–300°, đông chí at 270°) the sun is in at local midnight starting day jdn. */
function solarTermSector(jdn: number, tz: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - tz / 24) / 30);
}

function newMoonIndexNear(jdn: number): number {
  return Math.round((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
}

/** JDN of the first day of month 11 (the month containing the December solstice of `year`). */
function month11Start(year: number, tz: number): number {
  const dec31 = daysFromCivil(year, 12, 31) + JDN_UNIX_EPOCH;
  let k = Math.floor((dec31 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  // The new moon nearest before 31 Dec may already be past the solstice (sector ≥ 9).
  while (solarTermSector(newMoonDay(k, tz), tz) >= 9) k -= 1;
  return newMoonDay(k, tz);
}

interface LunarMonth {
  /** JDN of day 1. */
  start: number;
  /** Number of days (29 or 30). */
  length: number;
  year: number;
  month: number;
  leap: boolean;
}

/**
 * The months from month 11 of lunar year `year` (starting in December of solar `year`) up to,
 * excluding, the next month 11: 11, 12, 1 … 10 of lunar year `year + 1`, plus a leap month when
 * 13 months fit in between.
 */
function monthsFromMonth11(year: number, tz: number): readonly LunarMonth[] {
  const key = `${tz}:${year}`;
  const cached = blockCache.get(key);
  if (cached !== undefined) return cached;

  const a11 = month11Start(year, tz);
  const b11 = month11Start(year + 1, tz);
  const k0 = newMoonIndexNear(a11);
  const count = Math.round((b11 - a11) / SYNODIC_MONTH); // 12 or 13
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(k0 + i, tz));
  if (starts[0] !== a11 || starts[count] !== b11) {
    throw new Error(`Lunar calendar: inconsistent new moons around ${year}`);
  }

  let leapOffset = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (solarTermSector(starts[i]!, tz) === solarTermSector(starts[i + 1]!, tz)) {
        leapOffset = i;
        break;
      }
    }
    if (leapOffset < 0) throw new Error(`Lunar calendar: no month without a major term in ${year}`);
  }

  const months: LunarMonth[] = [];
  let month = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapOffset;
    if (i > 0 && !leap) month = (month % 12) + 1;
    // Months 11 and 12 (and their leap repeats) still belong to lunar year `year`.
    const lunarYear = month >= 11 ? year : year + 1;
    months.push({ start: starts[i]!, length: starts[i + 1]! - starts[i]!, year: lunarYear, month, leap });
  }
  blockCache.set(key, months);
  return months;
}

/** Deterministic memo (same input → same output), bounded by the supported year range. */
const blockCache = new Map<string, readonly LunarMonth[]>();

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`Year ${year} outside the supported range ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  }
}

/** Solar (Gregorian) date → Vietnamese lunar date. `timeZoneHours` exists for testing against the Chinese calendar (8). */
export function solarToLunar(
  year: number,
  month: number,
  day: number,
  timeZoneHours: number = VIETNAM_TIME_ZONE_HOURS,
): LunarDate {
  checkYear(year);
  if (!isValidCivil(year, month, day)) throw new RangeError(`Invalid solar date ${day}/${month}/${year}`);
  const jdn = daysFromCivil(year, month, day) + JDN_UNIX_EPOCH;
  let months = monthsFromMonth11(year, timeZoneHours);
  if (jdn < months[0]!.start) months = monthsFromMonth11(year - 1, timeZoneHours);
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i]!;
    if (jdn >= m.start) return { year: m.year, month: m.month, day: jdn - m.start + 1, leap: m.leap };
  }
  throw new Error(`Lunar calendar: ${day}/${month}/${year} not located`);
}

/** Vietnamese lunar date → solar (Gregorian) date. Throws RangeError for a date that does not exist (e.g. 30 of a 29-day month, or a leap month that year does not have). */
export function lunarToSolar(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  leap: boolean,
  timeZoneHours: number = VIETNAM_TIME_ZONE_HOURS,
): SolarDate {
  checkYear(lunarYear);
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) {
    throw new RangeError(`Invalid lunar month ${lunarMonth}`);
  }
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) {
    throw new RangeError(`Invalid lunar day ${lunarDay}`);
  }
  const months = monthsFromMonth11(lunarMonth >= 11 ? lunarYear : lunarYear - 1, timeZoneHours);
  const m = months.find((x) => x.month === lunarMonth && x.leap === leap);
  if (m === undefined) {
    throw new RangeError(`Lunar year ${lunarYear} has no leap month ${lunarMonth}`);
  }
  if (lunarDay > m.length) {
    throw new RangeError(`Lunar month ${lunarMonth}${leap ? ' (leap)' : ''}/${lunarYear} has only ${m.length} days`);
  }
  return civilFromDays(m.start + lunarDay - 1 - JDN_UNIX_EPOCH);
}

/** The leap month number of a lunar year, or null if the year has 12 months. */
export function leapMonthOf(lunarYear: number, timeZoneHours: number = VIETNAM_TIME_ZONE_HOURS): number | null {
  checkYear(lunarYear);
  const candidates = [
    ...monthsFromMonth11(lunarYear - 1, timeZoneHours),
    ...monthsFromMonth11(lunarYear, timeZoneHours),
  ];
  const m = candidates.find((x) => x.leap && x.year === lunarYear);
  return m === undefined ? null : m.month;
}

/** Number of days (29 or 30) of a lunar month; throws if the month does not exist. */
export function lunarMonthLength(
  lunarYear: number,
  lunarMonth: number,
  leap: boolean,
  timeZoneHours: number = VIETNAM_TIME_ZONE_HOURS,
): number {
  lunarToSolar(lunarYear, lunarMonth, 1, leap, timeZoneHours);
  const months = monthsFromMonth11(lunarMonth >= 11 ? lunarYear : lunarYear - 1, timeZoneHours);
  return months.find((x) => x.month === lunarMonth && x.leap === leap)!.length;
}
