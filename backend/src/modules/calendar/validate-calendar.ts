import { InputError, type FieldError } from '../../shared/errors.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { cleanMultiline, cleanText } from '../../shared/text.ts';
import type { OfficeHours } from '../../../../workflows/src/calendar/index.ts';
import type { CalendarYearData } from './calendar.entity.ts';
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  hhmmToMinutes,
  isWorkingWeekday,
  minutesToHhmm,
  viDate,
} from './calendar-days.ts';

export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;
/** Far more than any year needs; keeps a single request bounded. */
export const MAX_ENTRIES = 100;
export const MAX_SESSIONS = 4;

export interface YearCalendarInput {
  year: number;
  holidays: Array<{ date: string; name: string; kind?: 'holiday' | 'in-lieu' | null }>;
  swaps: Array<{ dayOff: string; workedDay: string; name: string }>;
  extraDaysOff: Array<{ date: string; name: string }>;
  workingSaturdays: Array<{ date: string; name: string }>;
  note?: string | null;
}

export interface OfficeHoursInput {
  sessions: Array<{ start: string; end: string }>;
  morningEnd: string;
  weekdays: number[];
  immediateMinutes: number;
  note?: string | null;
}

class Checker {
  readonly errors: FieldError[] = [];
  add(field: string, code: string, message: string): void {
    if (!this.errors.some((e) => e.field === field)) this.errors.push({ field, code, message });
  }
  has(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }
  name(field: string, raw: string | null | undefined, label: string): string {
    const value = cleanText(raw ?? '');
    if (!value) this.add(field, 'REQUIRED', `Vui lòng nhập ${label}.`);
    else if (value.length > MAX_NAME_LENGTH) this.add(field, 'TOO_LONG', `Tên không được dài quá ${MAX_NAME_LENGTH} ký tự.`);
    return value;
  }
  note(raw: string | null | undefined): string | null {
    const value = cleanMultiline(raw ?? '');
    if (value.length > MAX_NOTE_LENGTH) this.add('note', 'TOO_LONG', `Ghi chú không được dài quá ${MAX_NOTE_LENGTH} ký tự.`);
    return value || null;
  }
  done<T>(value: T): T {
    if (this.errors.length) throw new InputError(this.errors);
    return value;
  }
}

/**
 * The yearly calendar as the administrator sends it: every date real and in that year, no date
 * twice; a swap pairs a normal working weekday off with a weekly rest day worked; nghỉ bù and extra
 * days off fall on working weekdays, working Saturdays on weekly rest days (all by `hours`).
 */
export function validateYearCalendar(
  input: YearCalendarInput,
  hours: Pick<OfficeHours, 'weekdays'>,
): { year: number; data: CalendarYearData; note: string | null } {
  const c = new Checker();
  const { year } = input;
  const yearOk = Number.isInteger(year) && year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR;
  if (!yearOk) c.add('year', 'OUT_OF_RANGE', `Năm phải từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}.`);

  for (const list of ['holidays', 'swaps', 'extraDaysOff', 'workingSaturdays'] as const) {
    if (input[list].length > MAX_ENTRIES) c.add(list, 'TOO_MANY', `Tối đa ${MAX_ENTRIES} dòng.`);
  }

  /** Where each date was first used, to name the clash. */
  const used = new Map<string, string>();
  const date = (field: string, raw: string | null | undefined, label: string): string => {
    const value = (raw ?? '').trim();
    if (!value) {
      c.add(field, 'REQUIRED', `Vui lòng chọn ${label}.`);
      return '';
    }
    if (!isIsoDate(value)) {
      c.add(field, 'INVALID_DATE', `${capitalize(label)} không hợp lệ.`);
      return '';
    }
    if (yearOk && Number(value.slice(0, 4)) !== year) {
      c.add(field, 'NOT_IN_YEAR', `Ngày ${viDate(value)} không thuộc năm ${year}.`);
      return '';
    }
    const first = used.get(value);
    if (first !== undefined) {
      c.add(field, 'DUPLICATE_DATE', `Ngày ${viDate(value)} đã có trong lịch (${first}).`);
      return '';
    }
    used.set(value, label);
    return value;
  };
  const mustWork = (field: string, value: string, what: string) => {
    if (value && !isWorkingWeekday(value, hours)) {
      c.add(field, 'NOT_WORKING_WEEKDAY', `${what} phải là ngày làm việc hằng tuần; ${viDate(value)} là ngày nghỉ hằng tuần.`);
    }
  };
  const mustRest = (field: string, value: string, what: string) => {
    if (value && isWorkingWeekday(value, hours)) {
      c.add(field, 'NOT_REST_DAY', `${what} phải là ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật); ${viDate(value)} là ngày làm việc.`);
    }
  };

  const holidays = input.holidays.map((h, i) => {
    const kind = h.kind === 'in-lieu' ? ('in-lieu' as const) : ('holiday' as const);
    const d = date(`holidays.${i}.date`, h.date, kind === 'in-lieu' ? 'ngày nghỉ bù' : 'ngày lễ');
    if (kind === 'in-lieu') mustWork(`holidays.${i}.date`, d, 'Ngày nghỉ bù');
    return { date: d, kind, name: c.name(`holidays.${i}.name`, h.name, 'tên ngày nghỉ') };
  });
  const swaps = input.swaps.map((s, i) => {
    const dayOff = date(`swaps.${i}.dayOff`, s.dayOff, 'ngày nghỉ hoán đổi');
    mustWork(`swaps.${i}.dayOff`, dayOff, 'Ngày nghỉ hoán đổi');
    const workedDay = date(`swaps.${i}.workedDay`, s.workedDay, 'ngày làm bù');
    mustRest(`swaps.${i}.workedDay`, workedDay, 'Ngày làm bù');
    return { dayOff, workedDay, name: c.name(`swaps.${i}.name`, s.name, 'tên đợt hoán đổi') };
  });
  const extraDaysOff = input.extraDaysOff.map((d, i) => {
    const value = date(`extraDaysOff.${i}.date`, d.date, 'ngày nghỉ thêm');
    mustWork(`extraDaysOff.${i}.date`, value, 'Ngày nghỉ thêm');
    return { date: value, name: c.name(`extraDaysOff.${i}.name`, d.name, 'lý do nghỉ') };
  });
  const workingSaturdays = input.workingSaturdays.map((d, i) => {
    const value = date(`workingSaturdays.${i}.date`, d.date, 'ngày làm việc bù');
    mustRest(`workingSaturdays.${i}.date`, value, 'Ngày làm việc thêm');
    return { date: value, name: c.name(`workingSaturdays.${i}.name`, d.name, 'lý do làm việc') };
  });
  const note = c.note(input.note);

  const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return c.done({
    year,
    data: {
      holidays: holidays.sort(byDate),
      swaps: swaps.sort((a, b) => (a.dayOff < b.dayOff ? -1 : a.dayOff > b.dayOff ? 1 : 0)),
      extraDaysOff: extraDaysOff.sort(byDate),
      workingSaturdays: workingSaturdays.sort(byDate),
    },
    note,
  });
}

/**
 * Office hours: 1–4 sessions in 00:00–24:00, each ending after it starts, ascending and not
 * overlapping; the end of the morning after the first start and not after the last end (the
 * engine's rule); weekdays a non-empty set of 1 (Monday) … 7 (Sunday); "ngay" 1–1440 minutes.
 */
export function validateOfficeHours(input: OfficeHoursInput): { officeHours: OfficeHours; note: string | null } {
  const c = new Checker();
  const time = (field: string, raw: string | null | undefined, label: string): number | null => {
    if (!raw || !raw.trim()) {
      c.add(field, 'REQUIRED', `Vui lòng nhập ${label}.`);
      return null;
    }
    const minutes = hhmmToMinutes(raw);
    if (minutes === null) c.add(field, 'INVALID_TIME', `${capitalize(label)} không hợp lệ (HH:mm, từ 00:00 đến 24:00).`);
    return minutes;
  };

  if (input.sessions.length === 0) c.add('sessions', 'REQUIRED', 'Cần ít nhất một buổi làm việc.');
  if (input.sessions.length > MAX_SESSIONS) c.add('sessions', 'TOO_MANY', `Tối đa ${MAX_SESSIONS} buổi làm việc.`);
  const sessions: Array<{ start: number; end: number }> = [];
  let previousEnd: number | null = null;
  input.sessions.forEach((s, i) => {
    const start = time(`sessions.${i}.start`, s.start, 'giờ bắt đầu');
    const end = time(`sessions.${i}.end`, s.end, 'giờ kết thúc');
    if (start === null || end === null) {
      previousEnd = null;
      return;
    }
    if (end <= start) c.add(`sessions.${i}.end`, 'END_BEFORE_START', 'Giờ kết thúc phải sau giờ bắt đầu.');
    else if (previousEnd !== null && start < previousEnd) {
      c.add(`sessions.${i}.start`, 'OVERLAP', `Buổi này phải bắt đầu từ ${minutesToHhmm(previousEnd)} trở đi (sau khi buổi trước kết thúc).`);
    }
    sessions.push({ start, end });
    previousEnd = end;
  });

  const morningEnd = time('morningEnd', input.morningEnd, 'giờ hết buổi sáng');
  if (morningEnd !== null && sessions.length > 0 && !c.errors.some((e) => e.field.startsWith('sessions'))) {
    const first = sessions[0]!.start;
    const last = sessions[sessions.length - 1]!.end;
    if (morningEnd <= first || morningEnd > last) {
      c.add(
        'morningEnd',
        'OUT_OF_RANGE',
        `Giờ hết buổi sáng phải sau ${minutesToHhmm(first)} và không muộn hơn ${minutesToHhmm(last)}.`,
      );
    }
  }

  const weekdays = [...input.weekdays];
  if (weekdays.length === 0) c.add('weekdays', 'REQUIRED', 'Chọn ít nhất một ngày làm việc trong tuần.');
  else if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) c.add('weekdays', 'INVALID', 'Ngày trong tuần phải từ 1 (thứ Hai) đến 7 (Chủ nhật).');
  else if (new Set(weekdays).size !== weekdays.length) c.add('weekdays', 'DUPLICATE', 'Mỗi ngày trong tuần chỉ chọn một lần.');

  const immediateMinutes = input.immediateMinutes;
  if (!Number.isInteger(immediateMinutes) || immediateMinutes < 1 || immediateMinutes > 1440) {
    c.add('immediateMinutes', 'OUT_OF_RANGE', 'Thời gian "ngay" phải là số phút nguyên từ 1 đến 1440.');
  }
  const note = c.note(input.note);

  return c.done({
    officeHours: { sessions, morningEnd: morningEnd ?? 0, weekdays: weekdays.sort((a, b) => a - b), immediateMinutes },
    note,
  });
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
