import { civilFromDays, daysFromCivil } from '../calendar/civil.ts';
import type { WatchedDeadline } from '../incoming-document/deadline-watcher.ts';

/**
 * What a task's follow-up (đôn đốc) watches: its hạn hoàn thành, and each period's progress report.
 * Pure; the workflow gives them to the shared deadline watcher.
 */

/** A Vietnamese date as an instant inside that day: the calendar decides which instant of which day it means. */
export const vnNoon = (date: string) => Date.parse(`${date}T12:00:00+07:00`);
export const vnDateOf = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The hạn hoàn thành: the end of that day's office hours (of the next working day when it is a day off).
 * The chủ trì is reminded on the morning of the day (the farther reminders, the administrator's setting,
 * by default 3 and 1 working days ahead, are the workflow's own timers: the watcher has one early reminder); at the limit the chủ trì is told
 * it is overdue and the assigner too, and the assigner again at the start of every working day it stays so.
 * `name` changes with each generation (extension approved, reopened): a new watch replaces the old one.
 */
export function taskDeadline(opts: { taskId: string; dueDate: string; startedAt: number; name: string; isDone: () => boolean }): WatchedDeadline {
  const date = vnNoon(opts.dueDate);
  return {
    name: opts.name,
    kind: 'task',
    subjectType: 'task',
    subjectId: opts.taskId,
    documentId: opts.taskId,
    startedAt: opts.startedAt,
    latestInput: date,
    due: ({ calendar }) => calendar.explain('untilDate', date),
    // The first office minute of the due day: the previous working day's end, then its next opening.
    remindAt: ({ calendar }, dueAt) => calendar.nextWorkingDayStart(calendar.subtractWorkingDays(dueAt, 1)),
    atDue: { remind: true, escalate: true },
    escalateDaily: true,
    quiet: true,
    isDone: opts.isDone,
  };
}

/**
 * One period's progress report: due by the end of the report day. Missed, the chủ trì is reminded at
 * that moment; after the administrator's grace (`taskReportGraceWorkingDays`, at least 1) more working
 * days the assigner is told (once). A report closes it.
 */
export function reportDeadline(opts: { taskId: string; periodId: string; reportDate: string; startedAt: number; name: string; isDone: () => boolean }): WatchedDeadline {
  const date = vnNoon(opts.reportDate);
  const [y, m, d] = opts.reportDate.split('-');
  const day = `${d}/${m}/${y}`;
  return {
    name: opts.name,
    kind: 'task_report',
    subjectType: 'task_report',
    subjectId: opts.periodId,
    documentId: opts.taskId,
    startedAt: opts.startedAt,
    latestInput: date,
    due: ({ calendar, reminders }) => {
      const grace = reminders.taskReportGraceWorkingDays;
      return {
        at: calendar.addWorkingDays(calendar.untilDate(date), grace),
        rule: 'untilDate',
        label: `báo cáo tiến độ định kỳ đến hết ngày ${day}, quá ${grace} ngày làm việc thì báo người giao việc`,
        basis: 'Lịch báo cáo tiến độ định kỳ của nhiệm vụ',
        steps: [
          `Hạn báo cáo kỳ này: hết giờ làm việc ngày ${day} (ngày nghỉ thì ngày làm việc tiếp theo).`,
          `Thời gian chờ thêm: ${grace} ngày làm việc (thiết lập nhắc hạn), sau đó báo người giao việc.`,
        ],
      };
    },
    // The grace is at least one working day, so this lies before the limit: the chủ trì first, the assigner at the limit.
    remindAt: ({ calendar }) => calendar.untilDate(date),
    atDue: { remind: false, escalate: true },
    escalateDaily: false,
    quiet: true,
    isDone: opts.isDone,
  };
}

export interface ReportSchedule {
  frequency: 'none' | 'weekly' | 'monthly';
  weekday: number | null;
  monthDay: number | null;
}

const isoWeekday = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;
const monthLength = (year: number, month: number) => daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
const isoOf = (n: number) => {
  const c = civilFromDays(n);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};

/**
 * The first report date strictly after `after` (yyyy-MM-dd): the next given weekday, or the given day of
 * the month (the month's last day when it is shorter). Null when no reports are required.
 */
export function nextReportDate(s: ReportSchedule, after: string): string | null {
  const [y, m, d] = after.split('-').map(Number) as [number, number, number];
  const start = daysFromCivil(y, m, d) + 1;
  if (s.frequency === 'weekly' && s.weekday) {
    const offset = (s.weekday - isoWeekday(start) + 7) % 7;
    return isoOf(start + offset);
  }
  if (s.frequency === 'monthly' && s.monthDay) {
    const c = civilFromDays(start);
    for (let i = 0; i < 2; i++) {
      const year = c.year + Math.floor((c.month - 1 + i) / 12);
      const month = ((c.month - 1 + i) % 12) + 1;
      const candidate = daysFromCivil(year, month, Math.min(s.monthDay, monthLength(year, month)));
      if (candidate >= start) return isoOf(candidate);
    }
  }
  return null;
}
