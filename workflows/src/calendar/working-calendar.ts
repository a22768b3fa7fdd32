/**
 * Working-day deadline engine for an agency (cơ quan): office hours + yearly admin data
 * (holidays, nghỉ bù, hoán đổi, working Saturdays), in Asia/Ho_Chi_Minh (fixed UTC+7).
 *
 * Pure and deterministic, no imports outside this folder, no Date/Intl/host time zone: it runs
 * inside Temporal workflows. Instants are epoch milliseconds. A per-day table (working flag and
 * running count of working days) is built when the calendar is created and extended, still
 * deterministically, if a computation reaches a year outside it; every rule is then O(1) or
 * O(sessions).
 */

import {
  HOUR_MS,
  MINUTE_MS,
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  formatVi,
  formatViDate,
  isoWeekday,
  localDay,
  localDayStart,
  parseIsoDate,
  weekdayNameVi,
} from './civil.ts';
import { prefillYear } from './holidays.ts';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.ts';

export interface Session {
  /** Minutes after local midnight. */
  start: number;
  /** Minutes after local midnight, exclusive end of the session. */
  end: number;
}

export interface OfficeHours {
  /** Sorted, non-overlapping office sessions of a working day. */
  sessions: Session[];
  /**
   * "End of the morning" (minutes after midnight) for QĐ 28/2018's "buổi sáng ngày làm việc
   * tiếp theo". No legal text defines "buổi sáng": this is our interpretation, configurable per
   * agency; it may fall in the lunch break (default 12:00).
   */
  morningEnd: number;
  /** Working ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Working minutes granted by "ngay" (hỏa tốc, thượng khẩn). An agency setting, not a legal figure. */
  immediateMinutes: number;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  sessions: [
    { start: 450, end: 690 }, // 07:30–11:30
    { start: 810, end: 1020 }, // 13:30–17:00
  ],
  morningEnd: 720,
  weekdays: [1, 2, 3, 4, 5],
  immediateMinutes: 120,
};

export type DayOffKind = 'holiday' | 'in-lieu' | 'swap-off' | 'extra-off';
export type WorkingDayKind = 'swap-work' | 'working-saturday';

export interface DayOff {
  date: string;
  kind: DayOffKind;
  name: string;
}

export interface ExtraWorkingDay {
  date: string;
  kind: WorkingDayKind;
  name: string;
}

/** Admin-edited calendar of one agency-year. A year absent from the data falls back to `prefillYear(year)`. */
export interface YearCalendar {
  year: number;
  daysOff: DayOff[];
  workingDays: ExtraWorkingDay[];
}

/** Plain JSON: it travels through Temporal activities. */
export interface CalendarData {
  officeHours: OfficeHours;
  years: YearCalendar[];
}

export type DeadlineRule =
  | 'sameWorkingDay'
  | 'nextWorkingDayEnd'
  | 'nextWorkingMorning'
  | 'immediately'
  | 'addWorkingDays'
  | 'addWorkingHours'
  | 'untilDate';

export interface DeadlineArgs {
  /** For addWorkingDays. */
  days?: number;
  /** For addWorkingHours. */
  hours?: number;
}

export interface DeadlineExplanation {
  at: number;
  rule: DeadlineRule;
  /** Vietnamese wording of the rule, e.g. 'chậm nhất trong ngày làm việc tiếp theo'. */
  label: string;
  /** Legal or internal basis of the rule (Vietnamese). */
  basis: string;
  /** Vietnamese sentences a user can check: start, days skipped and why, deadline. */
  steps: string[];
}

export interface DayInfo {
  date: string;
  working: boolean;
  /** Why: admin entry kind, or 'weekday' / 'weekly-rest' from office hours. */
  kind: DayOffKind | WorkingDayKind | 'weekday' | 'weekly-rest';
  /** Vietnamese reason, e.g. 'Tết Nguyên đán', 'thứ Bảy (nghỉ hằng tuần)'. */
  name: string;
  /** true when the year has no admin data and uses the default holidays. */
  prefilled: boolean;
}

export interface WorkingCalendar {
  readonly officeHours: Readonly<OfficeHours>;
  /** Whether a local date 'YYYY-MM-DD' is a working day. */
  isWorkingDay(dateISO: string): boolean;
  /** Working flag and reason of a local date. */
  dayInfo(dateISO: string): DayInfo;
  /**
   * NĐ 30/2020 "trong ngày" target: end of office hours of the working day of t — t's own day if
   * t is a working day and before the end of its last session; otherwise (after hours, day off)
   * the next working day. The legal hard limit is `nextWorkingDayEnd`.
   */
  sameWorkingDay(t: number): number;
  /**
   * NĐ 30/2020 "chậm nhất trong ngày làm việc tiếp theo": end of office hours of the first
   * working day after t's calendar day. For a receipt after hours or on a day off this equals
   * `sameWorkingDay` (nobody can act "the same day").
   */
  nextWorkingDayEnd(t: number): number;
  /**
   * QĐ 28/2018 "gửi trong ngày ký, chậm nhất buổi sáng ngày làm việc tiếp theo": `morningEnd` of
   * the first working day after t's calendar day. Signed Friday 18:00 or Saturday → Monday 12:00.
   */
  nextWorkingMorning(t: number): number;
  /** "Ngay" (hỏa tốc, thượng khẩn): t + `immediateMinutes` of working time. */
  immediately(t: number): number;
  /**
   * "Hạn xử lý N ngày làm việc": end of office hours of the n-th working day after t's calendar
   * day (the first day is not counted, as for periods in days in BLDS 2015 Điều 147). n = 0 gives
   * `sameWorkingDay`; n = 1 equals `nextWorkingDayEnd`.
   */
  addWorkingDays(t: number, n: number): number;
  /**
   * The earliest instant after which h hours of office time (inside sessions of working days)
   * have elapsed since t; fractional h allowed, h·3 600 000 is rounded up to whole ms. h = 0
   * returns t. A deadline exactly at a session end is returned as that end, not the next start.
   */
  addWorkingHours(t: number, h: number): number;
  /**
   * The instant h hours of office time before t, for reminders ("2 giờ làm việc trước hạn"). Of the
   * instants with that much office time left, the earliest: half an hour before 08:00 on a Tuesday
   * is Monday's office end, not Tuesday 07:30.
   */
  subtractWorkingHours(t: number, h: number): number;
  /** n working days of office time before t: from an office end, the office end n working days earlier. */
  subtractWorkingDays(t: number, n: number): number;
  /** Start of the first office session of the first working day after t's calendar day (daily escalations). */
  nextWorkingDayStart(t: number): number;
  /**
   * "Đến hết ngày D", a deadline given as a date (an assignment's hạn xử lý): end of office hours of
   * t's calendar day, or, when that day is a day off, of the next working day (BLDS 2015, Điều 148.5).
   */
  untilDate(t: number): number;
  /** Working milliseconds from a to b; negative when b < a (so overdue time can be shown). */
  workingTimeBetween(a: number, b: number): number;
  /** Solar years whose calendar data the span [from, to] depends on (ascending, inclusive). */
  yearsUsed(from: number, to: number): number[];
  /** true if `year` has no admin data and uses the default `prefillYear`. */
  isPrefilled(year: number): boolean;
  /** Deadline of a rule with Vietnamese explanation, for users who dispute it. */
  explain(rule: DeadlineRule, t: number, args?: DeadlineArgs): DeadlineExplanation;
}

/** Years a calendar can compute (lunar pre-fill needs the previous year too). */
export const CALENDAR_MIN_YEAR = LUNAR_MIN_YEAR + 1;
export const CALENDAR_MAX_YEAR = LUNAR_MAX_YEAR;

const DAY_OFF_KINDS: ReadonlySet<string> = new Set(['holiday', 'in-lieu', 'swap-off', 'extra-off']);
const WORKING_DAY_KINDS: ReadonlySet<string> = new Set(['swap-work', 'working-saturday']);

interface DayMark {
  working: boolean;
  kind: DayOffKind | WorkingDayKind;
  name: string;
}

interface YearMarks {
  prefilled: boolean;
  marks: Map<number, DayMark>;
}

function fail(message: string): never {
  throw new RangeError(`Working calendar: ${message}`);
}

function validateOfficeHours(h: OfficeHours): void {
  if (!Array.isArray(h.sessions) || h.sessions.length === 0) fail('at least one office session is required');
  let previousEnd = 0;
  for (const s of h.sessions) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > 1440 || s.start >= s.end) {
      fail(`invalid session ${s.start}–${s.end} (minutes after midnight, start < end ≤ 1440)`);
    }
    if (s.start < previousEnd) fail('sessions must be sorted and must not overlap');
    previousEnd = s.end;
  }
  const first = h.sessions[0]!.start;
  if (!Number.isInteger(h.morningEnd) || h.morningEnd <= first || h.morningEnd > previousEnd) {
    fail(`morningEnd ${h.morningEnd} must be after the first session start and not after the last session end`);
  }
  if (!Array.isArray(h.weekdays) || h.weekdays.length === 0 || h.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    fail('weekdays must be a non-empty list of ISO weekdays 1 (Monday) … 7 (Sunday)');
  }
  if (new Set(h.weekdays).size !== h.weekdays.length) fail('weekdays must not repeat');
  if (!Number.isFinite(h.immediateMinutes) || h.immediateMinutes < 0) fail('immediateMinutes must be ≥ 0');
}

function marksOfYear(y: YearCalendar, prefilled: boolean): YearMarks {
  if (!Array.isArray(y.daysOff) || !Array.isArray(y.workingDays)) fail(`year ${y.year} needs daysOff and workingDays lists`);
  const marks = new Map<number, DayMark>();
  const put = (date: string, mark: DayMark): void => {
    const day = parseIsoDate(date);
    if (civilFromDays(day).year !== y.year) fail(`${date} is listed under year ${y.year}`);
    if (marks.has(day)) fail(`${date} is listed twice in year ${y.year}`);
    marks.set(day, mark);
  };
  for (const d of y.daysOff) {
    if (!DAY_OFF_KINDS.has(d.kind)) fail(`unknown day-off kind '${d.kind}' on ${d.date}`);
    put(d.date, { working: false, kind: d.kind, name: d.name });
  }
  for (const d of y.workingDays) {
    if (!WORKING_DAY_KINDS.has(d.kind)) fail(`unknown working-day kind '${d.kind}' on ${d.date}`);
    put(d.date, { working: true, kind: d.kind, name: d.name });
  }
  return { prefilled, marks };
}

const RULE_LABELS: Record<DeadlineRule, string> = {
  sameWorkingDay: 'trong ngày',
  nextWorkingDayEnd: 'chậm nhất trong ngày làm việc tiếp theo',
  nextWorkingMorning: 'chậm nhất buổi sáng ngày làm việc tiếp theo',
  immediately: 'ngay',
  addWorkingDays: 'trong {n} ngày làm việc',
  addWorkingHours: 'trong {n} giờ làm việc',
  untilDate: 'đến hết ngày {date}',
};

const RULE_BASIS: Record<DeadlineRule, string> = {
  sameWorkingDay: 'Nghị định 30/2020/NĐ-CP, Điều 4 khoản 1 điểm c và Điều 23 khoản 1: trong ngày, chậm nhất trong ngày làm việc tiếp theo.',
  nextWorkingDayEnd: 'Nghị định 30/2020/NĐ-CP, Điều 4 khoản 1 điểm c và Điều 23 khoản 1: trong ngày, chậm nhất trong ngày làm việc tiếp theo.',
  nextWorkingMorning: 'Quyết định 28/2018/QĐ-TTg: văn bản điện tử được gửi trong ngày ký, chậm nhất buổi sáng ngày làm việc tiếp theo.',
  immediately: 'Nghị định 30/2020/NĐ-CP, Điều 4 khoản 1 điểm c và Điều 24 khoản 2: văn bản khẩn được xử lý ngay; thời gian "ngay" do cơ quan quy định.',
  addWorkingDays: 'Thời hạn xử lý theo quy chế làm việc của cơ quan; ngày đầu tiên không tính (Bộ luật Dân sự 2015, Điều 147).',
  addWorkingHours: 'Thời hạn xử lý theo quy chế làm việc của cơ quan, chỉ tính thời gian trong giờ làm việc.',
  untilDate:
    'Hạn do người giao việc ấn định; khi ngày cuối cùng của thời hạn là ngày nghỉ, thời hạn kết thúc vào cuối ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148 khoản 5).',
};

/** Max lines listing skipped days in an explanation; long spans are summarised. */
const MAX_LISTED_DAYS = 100;

function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** Vietnamese decimal number: 1,5 rather than 1.5. */
function numberVi(n: number): string {
  return String(n).replace('.', ',');
}

export function createWorkingCalendar(data: CalendarData): WorkingCalendar {
  if (data === null || typeof data !== 'object' || data.officeHours === null || typeof data.officeHours !== 'object') {
    fail('officeHours is required');
  }
  if (!Array.isArray(data.years)) fail('years must be a list');
  validateOfficeHours(data.officeHours);
  // Private frozen copy: callers can neither mutate it nor be affected by later edits of `data`.
  const hours: OfficeHours = Object.freeze({
    sessions: Object.freeze(data.officeHours.sessions.map((s) => Object.freeze({ start: s.start, end: s.end }))) as Session[],
    morningEnd: data.officeHours.morningEnd,
    weekdays: Object.freeze([...data.officeHours.weekdays]) as number[],
    immediateMinutes: data.officeHours.immediateMinutes,
  });

  const sessionCount = hours.sessions.length;
  const sessionStartMs = hours.sessions.map((s) => s.start * MINUTE_MS);
  const sessionEndMs = hours.sessions.map((s) => s.end * MINUTE_MS);
  /** Working ms of the day elapsed before each session. */
  const sessionBeforeMs: number[] = [];
  let dayWorkMs = 0;
  for (let i = 0; i < sessionCount; i++) {
    sessionBeforeMs.push(dayWorkMs);
    dayWorkMs += sessionEndMs[i]! - sessionStartMs[i]!;
  }
  const officeEndMs = sessionEndMs[sessionCount - 1]!;
  const morningEndMs = hours.morningEnd * MINUTE_MS;
  const workingWeekday = [false, false, false, false, false, false, false, false];
  for (const d of hours.weekdays) workingWeekday[d] = true;

  const adminYears = new Map<number, YearMarks>();
  for (const y of data.years) {
    if (!Number.isInteger(y.year) || y.year < CALENDAR_MIN_YEAR || y.year > CALENDAR_MAX_YEAR) {
      fail(`year ${y.year} outside ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`);
    }
    if (adminYears.has(y.year)) fail(`year ${y.year} is given twice`);
    adminYears.set(y.year, marksOfYear(y, false));
  }
  const prefilledYears = new Map<number, YearMarks>();

  function yearMarks(year: number): YearMarks {
    const admin = adminYears.get(year);
    if (admin !== undefined) return admin;
    let pre = prefilledYears.get(year);
    if (pre === undefined) {
      pre = marksOfYear({ year, daysOff: prefillYear(year), workingDays: [] }, true);
      prefilledYears.set(year, pre);
    }
    return pre;
  }

  // Per-day table over [firstYear, lastYear]; `rel` = absolute day − baseDay.
  let firstYear = 0;
  let lastYear = -1;
  let baseDay = 0;
  let dayCount = 0;
  let isWork = new Uint8Array(0);
  /** cumWork[rel] = number of working days strictly before rel. */
  let cumWork = new Int32Array(1);
  /** rel indices of working days, ascending. */
  let workList = new Int32Array(0);

  function build(fromYear: number, toYear: number): void {
    if (fromYear < CALENDAR_MIN_YEAR || toYear > CALENDAR_MAX_YEAR) {
      fail(`dates must be within ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`);
    }
    const base = daysFromCivil(fromYear, 1, 1);
    const count = daysFromCivil(toYear + 1, 1, 1) - base;
    const work = new Uint8Array(count);
    for (let rel = 0; rel < count; rel++) work[rel] = workingWeekday[isoWeekday(base + rel)] ? 1 : 0;
    for (let y = fromYear; y <= toYear; y++) {
      for (const [day, mark] of yearMarks(y).marks) work[day - base] = mark.working ? 1 : 0;
    }
    const cum = new Int32Array(count + 1);
    let n = 0;
    for (let rel = 0; rel < count; rel++) {
      cum[rel] = n;
      n += work[rel]!;
    }
    cum[count] = n;
    const list = new Int32Array(n);
    for (let rel = 0, k = 0; rel < count; rel++) if (work[rel] === 1) list[k++] = rel;
    firstYear = fromYear;
    lastYear = toYear;
    baseDay = base;
    dayCount = count;
    isWork = work;
    cumWork = cum;
    workList = list;
  }

  /** Make the table cover `day`. Extending forward keeps baseDay, so working positions stay valid. */
  function cover(day: number): void {
    if (day >= baseDay && day < baseDay + dayCount) return;
    const year = civilFromDays(day).year;
    if (lastYear < firstYear) build(year, year);
    else build(Math.min(firstYear, year), Math.max(lastYear, year));
  }

  function extendForward(): void {
    build(firstYear, lastYear + 1);
  }

  const initialYears = [...adminYears.keys()];
  if (initialYears.length > 0) build(Math.min(...initialYears), Math.max(...initialYears));

  /** The n-th (n ≥ 1) working day strictly after `day` (absolute day numbers). */
  function nthWorkingDayAfter(day: number, n: number): number {
    cover(day);
    for (;;) {
      const k = cumWork[day - baseDay + 1]! + n - 1;
      if (k < workList.length) return baseDay + workList[k]!;
      extendForward();
    }
  }

  /** The working day a receipt at t belongs to: its own day if before the end of office hours there, else the next working day. */
  function workingDayOf(t: number): number {
    const day = localDay(t);
    cover(day);
    if (isWork[day - baseDay] === 1 && t < localDayStart(day) + officeEndMs) return day;
    return nthWorkingDayAfter(day, 1);
  }

  /** Working ms elapsed in a working day at `msOfDay` after local midnight. */
  function workedInDay(msOfDay: number): number {
    for (let i = sessionCount - 1; i >= 0; i--) {
      if (msOfDay > sessionStartMs[i]!) {
        return sessionBeforeMs[i]! + Math.min(msOfDay, sessionEndMs[i]!) - sessionStartMs[i]!;
      }
    }
    return 0;
  }

  /** Working ms from baseDay's midnight to t. Caller must have covered t's day. */
  function position(t: number): number {
    const day = localDay(t);
    const rel = day - baseDay;
    const before = cumWork[rel]! * dayWorkMs;
    return isWork[rel] === 1 ? before + workedInDay(t - localDayStart(day)) : before;
  }

  /** Earliest instant whose position is `pos` (> 0). */
  function atPosition(pos: number): number {
    const k = Math.ceil(pos / dayWorkMs) - 1;
    while (k >= workList.length) extendForward();
    const remaining = pos - k * dayWorkMs; // in (0, dayWorkMs]
    const dayStart = localDayStart(baseDay + workList[k]!);
    let i = 0;
    while (i < sessionCount - 1 && remaining > sessionBeforeMs[i + 1]!) i++;
    return Math.ceil(dayStart + sessionStartMs[i]! + remaining - sessionBeforeMs[i]!);
  }

  function addWorkingMs(t: number, ms: number): number {
    if (ms === 0) return t;
    cover(localDay(t));
    return atPosition(position(t) + ms);
  }

  /** Earliest instant with `ms` of office time before t; reaches back into earlier years as needed. */
  function subtractWorkingMs(t: number, ms: number): number {
    if (ms === 0) return t;
    cover(localDay(t));
    while (position(t) - ms <= 0) build(firstYear - 1, lastYear);
    return atPosition(position(t) - ms);
  }

  function checkInstant(t: number): void {
    if (!Number.isFinite(t)) fail(`invalid instant ${t}`);
  }

  function sameWorkingDay(t: number): number {
    checkInstant(t);
    return localDayStart(workingDayOf(t)) + officeEndMs;
  }

  function nextWorkingDayEnd(t: number): number {
    checkInstant(t);
    return localDayStart(nthWorkingDayAfter(localDay(t), 1)) + officeEndMs;
  }

  function nextWorkingMorning(t: number): number {
    checkInstant(t);
    return localDayStart(nthWorkingDayAfter(localDay(t), 1)) + morningEndMs;
  }

  function immediately(t: number): number {
    checkInstant(t);
    return addWorkingMs(t, hours.immediateMinutes * MINUTE_MS);
  }

  function addWorkingDays(t: number, n: number): number {
    checkInstant(t);
    if (!Number.isInteger(n) || n < 0) fail(`working days must be an integer ≥ 0, got ${n}`);
    if (n === 0) return sameWorkingDay(t);
    return localDayStart(nthWorkingDayAfter(localDay(t), n)) + officeEndMs;
  }

  function addWorkingHours(t: number, h: number): number {
    checkInstant(t);
    if (!Number.isFinite(h) || h < 0) fail(`working hours must be ≥ 0, got ${h}`);
    return addWorkingMs(t, Math.ceil(h * HOUR_MS));
  }

  function subtractWorkingHours(t: number, h: number): number {
    checkInstant(t);
    if (!Number.isFinite(h) || h < 0) fail(`working hours must be ≥ 0, got ${h}`);
    return subtractWorkingMs(t, Math.ceil(h * HOUR_MS));
  }

  function subtractWorkingDays(t: number, n: number): number {
    checkInstant(t);
    if (!Number.isInteger(n) || n < 0) fail(`working days must be an integer ≥ 0, got ${n}`);
    return subtractWorkingMs(t, n * dayWorkMs);
  }

  function nextWorkingDayStart(t: number): number {
    checkInstant(t);
    return localDayStart(nthWorkingDayAfter(localDay(t), 1)) + sessionStartMs[0]!;
  }

  function untilDate(t: number): number {
    checkInstant(t);
    return sameWorkingDay(localDayStart(localDay(t)));
  }

  function workingTimeBetween(a: number, b: number): number {
    checkInstant(a);
    checkInstant(b);
    cover(localDay(a));
    cover(localDay(b));
    return position(b) - position(a);
  }

  function yearsUsed(from: number, to: number): number[] {
    checkInstant(from);
    checkInstant(to);
    const a = civilFromDays(localDay(Math.min(from, to))).year;
    const b = civilFromDays(localDay(Math.max(from, to))).year;
    const years: number[] = [];
    for (let y = a; y <= b; y++) years.push(y);
    return years;
  }

  function infoOfDay(day: number): DayInfo {
    const { year } = civilFromDays(day);
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) fail(`year ${year} outside the supported range`);
    const ym = yearMarks(year);
    const mark = ym.marks.get(day);
    const date = formatIsoDate(day);
    if (mark !== undefined) return { date, working: mark.working, kind: mark.kind, name: mark.name, prefilled: ym.prefilled };
    const weekday = isoWeekday(day);
    if (workingWeekday[weekday]) return { date, working: true, kind: 'weekday', name: weekdayNameVi(day), prefilled: ym.prefilled };
    return { date, working: false, kind: 'weekly-rest', name: `${weekdayNameVi(day)} (nghỉ hằng tuần)`, prefilled: ym.prefilled };
  }

  function dayInfo(dateISO: string): DayInfo {
    return infoOfDay(parseIsoDate(dateISO));
  }

  function isWorkingDay(dateISO: string): boolean {
    const day = parseIsoDate(dateISO);
    cover(day);
    return isWork[day - baseDay] === 1;
  }

  function isPrefilled(year: number): boolean {
    return !adminYears.has(year);
  }

  const sessionsText = hours.sessions.map((s) => `${hhmm(s.start)}–${hhmm(s.end)}`).join(', ');
  const officeEndText = hhmm(hours.sessions[sessionCount - 1]!.end);

  function explain(rule: DeadlineRule, t: number, args: DeadlineArgs = {}): DeadlineExplanation {
    checkInstant(t);
    const startDay = localDay(t);
    const steps: string[] = [
      rule === 'untilDate'
        ? `Ngày hạn được giao: ${formatViDate(startDay)} (${weekdayNameVi(startDay)}).`
        : `Thời điểm bắt đầu tính: ${formatVi(t)} (${weekdayNameVi(startDay)}).`,
    ];
    let at: number;
    let label = RULE_LABELS[rule];
    let countWorkingDays = false;
    const startInfo = infoOfDay(startDay);
    const beforeEnd = t < localDayStart(startDay) + officeEndMs;

    switch (rule) {
      case 'sameWorkingDay':
        at = sameWorkingDay(t);
        if (startInfo.working && beforeEnd) {
          steps.push(`Bắt đầu trong ngày làm việc; hạn là hết giờ làm việc (${officeEndText}) cùng ngày.`);
        } else if (startInfo.working) {
          steps.push(`Sau ${officeEndText} là ngoài giờ làm việc nên "trong ngày" được tính vào ngày làm việc tiếp theo.`);
        } else if (!startInfo.working) {
          steps.push('Bắt đầu vào ngày nghỉ nên "trong ngày" được tính vào ngày làm việc tiếp theo.');
        }
        break;
      case 'nextWorkingDayEnd':
        at = nextWorkingDayEnd(t);
        steps.push(`Tính đến hết giờ làm việc (${officeEndText}) của ngày làm việc đầu tiên sau ngày bắt đầu.`);
        break;
      case 'nextWorkingMorning':
        at = nextWorkingMorning(t);
        steps.push(
          `Tính đến hết buổi sáng (${hhmm(hours.morningEnd)}, theo giờ làm việc của cơ quan; pháp luật không định nghĩa "buổi sáng") của ngày làm việc đầu tiên sau ngày ký.`,
        );
        break;
      case 'immediately':
        at = immediately(t);
        label = `ngay (trong ${numberVi(hours.immediateMinutes)} phút làm việc)`;
        steps.push(`Cộng ${numberVi(hours.immediateMinutes)} phút, chỉ tính trong giờ làm việc (${sessionsText}).`);
        break;
      case 'addWorkingDays': {
        const n = args.days ?? fail('addWorkingDays needs args.days');
        at = addWorkingDays(t, n);
        label = label.replace('{n}', String(n));
        countWorkingDays = n > 0;
        steps.push(
          n === 0
            ? 'Thời hạn 0 ngày làm việc được tính như "trong ngày".'
            : `Ngày bắt đầu không tính; đếm các ngày làm việc tiếp theo, hạn là hết giờ làm việc (${officeEndText}) của ngày cuối.`,
        );
        break;
      }
      case 'addWorkingHours': {
        const h = args.hours ?? fail('addWorkingHours needs args.hours');
        at = addWorkingHours(t, h);
        label = label.replace('{n}', numberVi(h));
        steps.push(`Cộng ${numberVi(h)} giờ, chỉ tính trong giờ làm việc (${sessionsText}).`);
        break;
      }
      case 'untilDate':
        at = untilDate(t);
        label = label.replace('{date}', formatViDate(startDay));
        steps.push(
          startInfo.working
            ? `Hạn là hết giờ làm việc (${officeEndText}) của ngày được giao.`
            : 'Ngày được giao là ngày nghỉ nên hạn kết thúc vào cuối ngày làm việc tiếp theo.',
        );
        break;
      default:
        return fail(`unknown rule '${String(rule)}'`);
    }

    const endDay = localDay(at);
    let listed = 0;
    let unlisted = 0;
    let counted = 0;
    const prefilledMentioned = new Set<number>();
    for (let day = startDay; day <= endDay; day++) {
      const info = infoOfDay(day);
      const year = civilFromDays(day).year;
      if (info.prefilled && !prefilledMentioned.has(year)) {
        prefilledMentioned.add(year);
        steps.push(`Năm ${year} chưa có lịch do quản trị viên nhập; dùng lịch nghỉ mặc định theo Bộ luật Lao động 2019.`);
      }
      let line: string | null = null;
      if (!info.working) line = `${formatViDate(day)} là ngày nghỉ: ${info.name}.`;
      else if (info.kind !== 'weekday') line = `${formatViDate(day)} (${weekdayNameVi(day)}) là ngày làm việc: ${info.name}.`;
      if (countWorkingDays && info.working && day > startDay) {
        counted += 1;
        const countLine = `Ngày làm việc thứ ${counted}: ${formatViDate(day)} (${weekdayNameVi(day)}).`;
        line = line === null ? countLine : `${line} ${countLine}`;
      }
      if (line === null) continue;
      if (listed < MAX_LISTED_DAYS) {
        steps.push(line);
        listed += 1;
      } else {
        unlisted += 1;
      }
    }
    if (unlisted > 0) steps.push(`… và ${unlisted} ngày khác (không liệt kê).`);
    steps.push(`Hạn: ${formatVi(at)} (${weekdayNameVi(endDay)}).`);
    return { at, rule, label, basis: RULE_BASIS[rule], steps };
  }

  return {
    officeHours: hours,
    isWorkingDay,
    dayInfo,
    sameWorkingDay,
    nextWorkingDayEnd,
    nextWorkingMorning,
    immediately,
    addWorkingDays,
    addWorkingHours,
    subtractWorkingHours,
    subtractWorkingDays,
    nextWorkingDayStart,
    untilDate,
    workingTimeBetween,
    yearsUsed,
    isPrefilled,
    explain,
  };
}

/** Calendar data with default office hours and no admin years (every year pre-filled). */
export function defaultCalendarData(): CalendarData {
  return { officeHours: DEFAULT_OFFICE_HOURS, years: [] };
}

/** A year pre-filled with the default holidays, as a starting point for the admin screen. */
export function prefillYearCalendar(year: number): YearCalendar {
  return { year, daysOff: prefillYear(year), workingDays: [] };
}

/**
 * Deadline of `rule` at t with a Vietnamese explanation. Pass an existing calendar to avoid
 * rebuilding it. args.days for addWorkingDays, args.hours for addWorkingHours.
 */
export function explainDeadline(
  rule: DeadlineRule,
  t: number,
  data: CalendarData | WorkingCalendar,
  args?: DeadlineArgs,
): DeadlineExplanation {
  const calendar = 'explain' in data ? data : createWorkingCalendar(data);
  return calendar.explain(rule, t, args);
}
