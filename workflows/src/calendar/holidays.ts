/**
 * Default public holidays for civil servants (Bộ luật Lao động 2019, Điều 112), used to
 * pre-fill an agency's yearly calendar. The real schedule is announced every year (the Prime
 * Minister fixes the Tết days and the extra Quốc khánh day; the ministry publishes the swaps),
 * so admins edit the pre-filled data; the announced schedule always overrides these defaults.
 */

import { daysFromCivil, formatIsoDate, isoWeekday } from './civil.ts';
import { lunarToSolar } from './lunar.ts';

export type HolidayKind = 'holiday' | 'in-lieu';

export interface HolidayEntry {
  /** 'YYYY-MM-DD' */
  date: string;
  kind: HolidayKind;
  /** Vietnamese display name. */
  name: string;
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  national: 'Quốc khánh',
} as const;

/** Weekly rest days used when pre-filling (Saturday, Sunday: 40-hour week, QĐ 188/1999/QĐ-TTg). */
const WEEKLY_REST = new Set([6, 7]);

function dayOf(date: { year: number; month: number; day: number }): number {
  return daysFromCivil(date.year, date.month, date.day);
}

/**
 * The extra Quốc khánh day next to 02/9. Default: the adjacent weekday that joins the break
 * to a weekend — 03/9 when 02/9 is a Monday, Thursday or Sunday, otherwise 01/9. This
 * reproduces the schedules announced for 2021–2025 (03/9/2021, 01/9/2022, 01/9/2023,
 * 03/9/2024, 01/9/2025); when 02/9 is a Wednesday neither side joins a weekend and 01/9 is
 * used. The announced schedule overrides it.
 */
export function nationalDayExtra(year: number): number {
  const sep2 = daysFromCivil(year, 9, 2);
  const wd = isoWeekday(sep2);
  return wd === 1 || wd === 4 || wd === 7 ? sep2 + 1 : sep2 - 1;
}

/**
 * Default days off of a solar year (only dates inside that year):
 *  - 01/01 Tết Dương lịch;
 *  - Tết Nguyên đán, 5 days: the last day of the old lunar year + days 1–4 of the new one;
 *  - Giỗ Tổ Hùng Vương, 10/3 lunar (the regular month 3, never its leap repeat);
 *  - 30/4; 01/5; 02/9 + one adjacent day (see `nationalDayExtra`);
 *  - nghỉ bù (BLLĐ 2019 Điều 111 khoản 3, to confirm): each holiday falling on a weekly rest day (Sat/Sun) gives one
 *    day off on the next working day that is not already a holiday or a day in lieu.
 * If two holidays fall on the same date (Giỗ Tổ on 30/4: only 1803 and 1947 in the supported
 * range) the names are joined and no extra day is added: the law does not say, so the announced
 * schedule decides.
 */
export function prefillYear(year: number): HolidayEntry[] {
  const names = new Map<number, string[]>();
  const add = (day: number, name: string): void => {
    const list = names.get(day);
    if (list === undefined) names.set(day, [name]);
    else if (!list.includes(name)) list.push(name);
  };

  add(daysFromCivil(year, 1, 1), HOLIDAY_NAMES.newYear);
  const tet = dayOf(lunarToSolar(year, 1, 1, false));
  for (let d = tet - 1; d <= tet + 3; d++) add(d, HOLIDAY_NAMES.tet);
  add(dayOf(lunarToSolar(year, 3, 10, false)), HOLIDAY_NAMES.hungKings);
  add(daysFromCivil(year, 4, 30), HOLIDAY_NAMES.reunification);
  add(daysFromCivil(year, 5, 1), HOLIDAY_NAMES.labour);
  add(daysFromCivil(year, 9, 2), HOLIDAY_NAMES.national);
  add(nationalDayExtra(year), HOLIDAY_NAMES.national);

  const holidays = [...names.keys()].sort((a, b) => a - b);
  const taken = new Set(holidays);
  const entries: Array<{ day: number; kind: HolidayKind; name: string }> = [];
  for (const day of holidays) {
    const name = names.get(day)!.join(', ');
    entries.push({ day, kind: 'holiday', name });
    if (!WEEKLY_REST.has(isoWeekday(day))) continue;
    let lieu = day + 1;
    while (WEEKLY_REST.has(isoWeekday(lieu)) || taken.has(lieu)) lieu += 1;
    taken.add(lieu);
    entries.push({ day: lieu, kind: 'in-lieu', name: `Nghỉ bù ${name}` });
  }
  return entries
    .sort((a, b) => a.day - b.day)
    .map((e) => ({ date: formatIsoDate(e.day), kind: e.kind, name: e.name }));
}
