/** Working-day calendar for deadlines (Vietnamese public agencies, UTC+7). Pure: safe in Temporal workflows. */

export { formatVi, vnInstant } from './civil.ts';
export {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  solarToLunar,
} from './lunar.ts';
export type { LunarDate, SolarDate } from './lunar.ts';
export { HOLIDAY_NAMES, nationalDayExtra, prefillYear } from './holidays.ts';
export type { HolidayEntry, HolidayKind } from './holidays.ts';
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  DEFAULT_OFFICE_HOURS,
  createWorkingCalendar,
  defaultCalendarData,
  explainDeadline,
  prefillYearCalendar,
} from './working-calendar.ts';
export type {
  CalendarData,
  DayInfo,
  DayOff,
  DayOffKind,
  DeadlineArgs,
  DeadlineExplanation,
  DeadlineRule,
  ExtraWorkingDay,
  OfficeHours,
  Session,
  WorkingCalendar,
  WorkingDayKind,
  YearCalendar,
} from './working-calendar.ts';
