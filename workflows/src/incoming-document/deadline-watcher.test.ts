import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, defaultCalendarData, formatVi, vnInstant } from '../calendar/index.ts';
import { nextAlert, type DeadlineContext, type WatchProgress } from './deadline-watcher.ts';
import { assignmentDeadline, directionDeadline } from './incoming-deadlines.ts';
import type { AssignmentView } from './messages.ts';

// Pre-filled calendar, default office hours 07:30–11:30, 13:30–17:00; January 2027 has no holiday after the 1st.
const ctx: DeadlineContext = {
  calendar: createWorkingCalendar(defaultCalendarData()),
  reminders: { directionReminderWorkingHours: 2, assignmentReminderWorkingDays: 1, taskFirstReminderWorkingDays: 3, taskSecondReminderWorkingDays: 1, taskReportGraceWorkingDays: 1 },
};
const fresh = (): WatchProgress => ({ reminded: false, due: false, escalations: 0, lastAlertAt: null });
const vi = (t: number | undefined) => (t === undefined ? undefined : formatVi(t));

/** Runs the schedule the way the watcher does when no step is done and the calendar stays: the first n alerts. */
function schedule(w: ReturnType<typeof directionDeadline>, n: number) {
  const due = w.due(ctx).at;
  const p = fresh();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = nextAlert(w, ctx, due, p);
    if (!a) break;
    out.push(`${a.moment}${a.overdueDay ? ` ${a.overdueDay}` : ''} ${vi(a.at)}`);
    if (a.moment === 'before') p.reminded = true;
    else if (a.moment === 'due') p.due = true;
    else p.escalations++;
    p.lastAlertAt = a.at;
  }
  return out;
}

const view = (over: Partial<AssignmentView>): AssignmentView => ({
  id: 'a1',
  parentId: null,
  role: 'lead',
  unitId: 'u1',
  assigneeId: null,
  status: 'pending',
  deadline: new Date(vnInstant(2027, 1, 15, 17)).toISOString(),
  ...over,
});

describe('deadline schedules', () => {
  it('direction (registered Thursday 09:00): leaders two working hours ahead, the limit, nothing after', () => {
    const w = directionDeadline({ documentId: 'd', arrivalAt: vnInstant(2027, 1, 14, 9), urgency: 'normal', isDone: () => false });
    expect(schedule(w, 5)).toEqual(['before 15:00 15/01/2027', 'due 17:00 15/01/2027']);
    expect(w.atDue).toEqual({ remind: false, escalate: true });
  });

  it('direction of a khẩn document ("ngay"): no early reminder, leaders and chánh văn phòng at the limit', () => {
    const w = directionDeadline({ documentId: 'd', arrivalAt: vnInstant(2027, 1, 14, 16, 30), urgency: 'urgent', isDone: () => false });
    // 30 working minutes on Thursday, 90 on Friday morning.
    expect(schedule(w, 5)).toEqual(['due 09:00 15/01/2027']);
    expect(w.atDue).toEqual({ remind: true, escalate: true });
  });

  it('assignment due on Friday 15/01: a working day ahead, the limit, then every working-day morning (weekend skipped)', () => {
    const w = assignmentDeadline({ documentId: 'd', assignment: view({}), assignedAt: vnInstant(2027, 1, 11, 9), isDone: () => false })!;
    expect(w.due(ctx).label).toBe('đến hết ngày 15/01/2027');
    expect(schedule(w, 5)).toEqual([
      'before 17:00 14/01/2027',
      'due 17:00 15/01/2027',
      'overdue 1 07:30 18/01/2027',
      'overdue 2 07:30 19/01/2027',
      'overdue 3 07:30 20/01/2027',
    ]);
  });

  it('an assignment given less than a working day ahead gets no early reminder; a date on a day off runs to the next working day', () => {
    const late = assignmentDeadline({ documentId: 'd', assignment: view({}), assignedAt: vnInstant(2027, 1, 15, 8), isDone: () => false })!;
    expect(schedule(late, 2)).toEqual(['due 17:00 15/01/2027', 'overdue 1 07:30 18/01/2027']);
    const saturday = view({ deadline: new Date(vnInstant(2027, 1, 16, 17)).toISOString() });
    const w = assignmentDeadline({ documentId: 'd', assignment: saturday, assignedAt: vnInstant(2027, 1, 11, 9), isDone: () => false })!;
    expect(vi(w.due(ctx).at)).toBe('17:00 18/01/2027');
  });

  it('no deadline is followed for để biết parts, parts without a date, or parts already done', () => {
    const make = (a: Partial<AssignmentView>) => assignmentDeadline({ documentId: 'd', assignment: view(a), assignedAt: 0, isDone: () => false });
    expect(make({ role: 'inform' })).toBeNull();
    expect(make({ deadline: null })).toBeNull();
    expect(make({ status: 'done' })).toBeNull();
    expect(make({ role: 'coordinate', assigneeId: 'p1' })).not.toBeNull();
  });

  it('a reminder setting of 0 means no early reminder', () => {
    const none: DeadlineContext = { ...ctx, reminders: { ...ctx.reminders, directionReminderWorkingHours: 0, assignmentReminderWorkingDays: 0 } };
    const w = assignmentDeadline({ documentId: 'd', assignment: view({}), assignedAt: vnInstant(2027, 1, 11, 9), isDone: () => false })!;
    expect(nextAlert(w, none, w.due(none).at, fresh())).toEqual({ moment: 'due', at: vnInstant(2027, 1, 15, 17) });
  });
});
