import type { CalendarDayKind, HolidayKind, UpdateCalendarYearInput } from '@/gql/graphql';
import { isoWeekday, type MarkedDay } from './calendar-grid';

export interface HolidayRow {
  date: string | null;
  kind: HolidayKind;
  name: string;
}

export interface SwapRow {
  dayOff: string | null;
  workedDay: string | null;
  name: string;
}

export interface DateRow {
  date: string | null;
  name: string;
}

export interface YearFormState {
  year: number;
  holidays: HolidayRow[];
  swaps: SwapRow[];
  extraDaysOff: DateRow[];
  workingSaturdays: DateRow[];
  note: string;
}

/** What the editor reads of a `CalendarYear`. */
export interface YearSource {
  year: number;
  days: ReadonlyArray<{ date: string; kind: CalendarDayKind; name: string }>;
  swaps: ReadonlyArray<{ dayOff: string; workedDay: string; name: string }>;
}

export function yearFormFrom(y: YearSource): YearFormState {
  const of = (kind: CalendarDayKind) => y.days.filter((d) => d.kind === kind).map((d) => ({ date: d.date, name: d.name }));
  return {
    year: y.year,
    holidays: y.days
      .filter((d) => d.kind === 'HOLIDAY' || d.kind === 'IN_LIEU')
      .map((d) => ({ date: d.date, kind: d.kind as HolidayKind, name: d.name })),
    swaps: y.swaps.map((s) => ({ dayOff: s.dayOff, workedDay: s.workedDay, name: s.name })),
    extraDaysOff: of('EXTRA_OFF'),
    workingSaturdays: of('WORKING_SATURDAY'),
    note: '',
  };
}

const clean = (s: string) => s.normalize('NFC').trim();

/** The mutation input; the form's rules have made sure every date is chosen. */
export function toUpdateInput(state: YearFormState, expectedVersion: number): UpdateCalendarYearInput {
  return {
    year: state.year,
    expectedVersion,
    holidays: state.holidays.map((h) => ({ date: h.date ?? '', kind: h.kind, name: clean(h.name) })),
    swaps: state.swaps.map((s) => ({ dayOff: s.dayOff ?? '', workedDay: s.workedDay ?? '', name: clean(s.name) })),
    extraDaysOff: state.extraDaysOff.map((d) => ({ date: d.date ?? '', name: clean(d.name) })),
    workingSaturdays: state.workingSaturdays.map((d) => ({ date: d.date ?? '', name: clean(d.name) })),
    note: clean(state.note) || null,
  };
}

/** The draft as marked days, for the year grid (rows without a date yet are left out). */
export function draftDays(state: YearFormState): MarkedDay[] {
  const days: MarkedDay[] = [];
  for (const h of state.holidays) if (h.date) days.push({ date: h.date, kind: h.kind, name: h.name });
  for (const s of state.swaps) {
    if (s.dayOff) days.push({ date: s.dayOff, kind: 'SWAP_OFF', name: s.name });
    if (s.workedDay) days.push({ date: s.workedDay, kind: 'SWAP_WORK', name: s.name });
  }
  for (const d of state.extraDaysOff) if (d.date) days.push({ date: d.date, kind: 'EXTRA_OFF', name: d.name });
  for (const d of state.workingSaturdays) if (d.date) days.push({ date: d.date, kind: 'WORKING_SATURDAY', name: d.name });
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Compared to tell whether the draft differs from what was loaded (the note alone is no change). */
export function formSnapshot(state: YearFormState): string {
  const { note: _note, ...rest } = state;
  return JSON.stringify(rest);
}

/** Dates the draft lists more than once (the server refuses them too). */
export function duplicateDates(state: YearFormState): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const d of draftDays(state)) {
    if (seen.has(d.date)) dup.add(d.date);
    seen.add(d.date);
  }
  return dup;
}

const FIELD = /^(holidays|extraDaysOff|workingSaturdays)\.\d+\.(date|name)$|^swaps\.\d+\.(dayOff|workedDay|name)$|^note$/;

/** The form item a server field error belongs to, or null when it goes to the alert. */
export function yearFormKey(serverField: string): string | null {
  const field = serverField.replace(/^input\./, '');
  return FIELD.test(field) ? field : null;
}

/** What a click on a day of the grid may do with it. */
export type QuickAction = 'remove' | 'holiday' | 'inLieu' | 'extraOff' | 'swapOff' | 'swapWork' | 'workingSaturday';

export function quickActions(state: YearFormState, date: string, weekdays: readonly number[]): QuickAction[] {
  if (draftDays(state).some((d) => d.date === date)) return ['remove'];
  return weekdays.includes(isoWeekday(date))
    ? ['holiday', 'inLieu', 'extraOff', 'swapOff']
    : ['holiday', 'workingSaturday', 'swapWork'];
}

/** Default names, so a quick action gives a valid row the administrator may rename. */
export interface QuickNames {
  holiday: string;
  inLieu: string;
  extraOff: string;
  swap: string;
  workingSaturday: string;
}

/**
 * Applies a quick action. A swap half pairs with the first swap still missing that half, or starts
 * a new swap whose other day the administrator then picks.
 */
export function applyQuickAction(state: YearFormState, date: string, action: QuickAction, names: QuickNames): void {
  switch (action) {
    case 'remove':
      state.holidays = state.holidays.filter((h) => h.date !== date);
      state.swaps = state.swaps.filter((s) => s.dayOff !== date && s.workedDay !== date);
      state.extraDaysOff = state.extraDaysOff.filter((d) => d.date !== date);
      state.workingSaturdays = state.workingSaturdays.filter((d) => d.date !== date);
      return;
    case 'holiday':
      state.holidays.push({ date, kind: 'HOLIDAY', name: names.holiday });
      break;
    case 'inLieu':
      state.holidays.push({ date, kind: 'IN_LIEU', name: names.inLieu });
      break;
    case 'extraOff':
      state.extraDaysOff.push({ date, name: names.extraOff });
      break;
    case 'workingSaturday':
      state.workingSaturdays.push({ date, name: names.workingSaturday });
      break;
    case 'swapOff': {
      const open = state.swaps.find((s) => !s.dayOff);
      if (open) open.dayOff = date;
      else state.swaps.push({ dayOff: date, workedDay: null, name: names.swap });
      break;
    }
    case 'swapWork': {
      const open = state.swaps.find((s) => !s.workedDay);
      if (open) open.workedDay = date;
      else state.swaps.push({ dayOff: null, workedDay: date, name: names.swap });
      break;
    }
  }
  sortRows(state);
}

const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '9').localeCompare(b.date ?? '9');

export function sortRows(state: YearFormState): void {
  state.holidays.sort(byDate);
  state.extraDaysOff.sort(byDate);
  state.workingSaturdays.sort(byDate);
  state.swaps.sort((a, b) => (a.dayOff ?? a.workedDay ?? '9').localeCompare(b.dayOff ?? b.workedDay ?? '9'));
}
