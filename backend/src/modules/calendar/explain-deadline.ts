import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  createWorkingCalendar,
  type DeadlineExplanation,
  type DeadlineRule,
} from '../../../../workflows/src/calendar/index.ts';
import { InputError, type FieldError } from '../../shared/errors.ts';
import { getCalendarData } from './get-calendar-data.ts';

export const MAX_EXPLAIN_DAYS = 1000;
export const MAX_EXPLAIN_HOURS = 10_000;

const vnYearOf = (t: number) => new Date(t + 7 * 3600_000).getUTCFullYear();

/**
 * A deadline with its Vietnamese explanation, computed on the agency's stored calendar. The years a
 * deadline reaches are only known once it is computed: start with the year of `at` and the next,
 * and load more years whenever the result runs past them.
 */
export async function explainStoredDeadline(opts: {
  em: EntityManager;
  rule: DeadlineRule;
  at: Date;
  days?: number | null;
  hours?: number | null;
}): Promise<DeadlineExplanation> {
  const t = opts.at.getTime();
  const errors: FieldError[] = [];
  const startYear = Number.isFinite(t) ? vnYearOf(t) : NaN;
  // The longest deadline allowed (1000 working days, 10 000 working hours) spans under 5 years.
  const lastStartYear = CALENDAR_MAX_YEAR - 5;
  if (!(startYear >= CALENDAR_MIN_YEAR && startYear <= lastStartYear)) {
    errors.push({ field: 'at', code: 'OUT_OF_RANGE', message: `Thời điểm phải trong khoảng năm ${CALENDAR_MIN_YEAR}–${lastStartYear}.` });
  }
  const days = opts.days ?? null;
  const hours = opts.hours ?? null;
  if (opts.rule === 'addWorkingDays' && (days === null || !Number.isInteger(days) || days < 0 || days > MAX_EXPLAIN_DAYS)) {
    errors.push({ field: 'days', code: 'OUT_OF_RANGE', message: `Số ngày làm việc phải là số nguyên từ 0 đến ${MAX_EXPLAIN_DAYS}.` });
  }
  if (opts.rule === 'addWorkingHours' && (hours === null || !Number.isFinite(hours) || hours < 0 || hours > MAX_EXPLAIN_HOURS)) {
    errors.push({ field: 'hours', code: 'OUT_OF_RANGE', message: `Số giờ làm việc phải từ 0 đến ${MAX_EXPLAIN_HOURS}.` });
  }
  if (errors.length) throw new InputError(errors);

  const args = { days: days ?? undefined, hours: hours ?? undefined };
  let toYear = Math.min(startYear + 1, CALENDAR_MAX_YEAR);
  for (;;) {
    const calendar = createWorkingCalendar(await getCalendarData({ em: opts.em, fromYear: startYear, toYear }));
    const explanation = calendar.explain(opts.rule, t, args);
    const reached = vnYearOf(explanation.at);
    if (reached <= toYear) return explanation;
    toYear = Math.min(reached + 1, CALENDAR_MAX_YEAR);
  }
}
