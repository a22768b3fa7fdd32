import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadlineActivities } from '../../backend/src/activities/deadline.activities.ts';
import { createTaskActivities } from '../../backend/src/activities/task.activities.ts';
import { type Orm } from '../../backend/src/db/orm.ts';
import { getCalendarData } from '../../backend/src/modules/calendar/get-calendar-data.ts';
import { getDeadlineSettings } from '../../backend/src/modules/deadline/get-deadline-settings.ts';
import { updateDeadlineSettings } from '../../backend/src/modules/deadline/update-deadline-settings.ts';
import type { CleanTaskInput } from '../../backend/src/modules/task/validate-task.ts';
import { TaskClient } from '../../backend/src/temporal/task.client.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../workflows/src/calendar/index.ts';
import { vnNoon } from '../../workflows/src/task/task-deadlines.ts';
import { poll, serverClock, type TimeSkippingEnv } from '../support/time-skipping.ts';
import { startTimeSkippingStack, type TimeSkippingStack } from '../support/time-skipping-stack.ts';

/*
 * A task's follow-up (đôn đốc) on Temporal's time-skipping test server: the real task workflow and its
 * real activities on an embedded PostgreSQL. Reminders 3 and 1 working days ahead and on the morning of
 * the day, the alerts at the limit, a daily escalation while overdue, an approved extension moving the
 * timers, a missed periodic report, and the administrator's settings changing the reminders — asserted against
 * the same pure calendar, days passing in seconds.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
/** An alert is stamped when its activity is scheduled: seconds after its timer, even on a busy machine. */
const SLACK = 30_000;
const TASK_QUEUE = 'task-timers';

let orm: Orm;
let sql: pg.Pool;
let env: TimeSkippingEnv;
let tasks: TaskClient;
let users: TimeSkippingStack['users'];
let stack: TimeSkippingStack | undefined;
const units = new Map<string, string>();

const vnDateOf = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
const vnYearOf = (t: number) => Number(vnDateOf(t).slice(0, 4));
const user = (username: string) => users.get(username)!;
const usernameOf = (id: string) => [...users.values()].find((u) => u.id === id)?.username ?? id;

async function calendar(at: number): Promise<WorkingCalendar> {
  return createWorkingCalendar(await getCalendarData({ em: orm.em.fork(), fromYear: vnYearOf(at) - 1, toYear: vnYearOf(at) + 2 }));
}


async function skipToNextWorkingDay(hour: number): Promise<number> {
  const now = await env.now();
  const opening = (await calendar(now)).nextWorkingDayStart(now);
  const midnight = opening - ((opening + 7 * 3600_000) % DAY);
  const target = midnight + hour * 60 * MINUTE;
  await env.skipTo(target);
  return target;
}

interface NoticeRow {
  user: string;
  kind: string;
  title: string;
  at: number;
}
async function notices(taskId: string): Promise<NoticeRow[]> {
  const rows = (await sql.query(`select user_id, kind, title, created_at from notification where subject_id = $1 and kind not in ('task.assigned','task.updated') order by created_at, title`, [taskId])).rows;
  return rows.map((r) => ({ user: usernameOf(r.user_id), kind: r.kind, title: r.title, at: (r.created_at as Date).getTime() }));
}
const deadlineRow = async (taskId: string) =>
  (await sql.query(`select status, due_at from deadline where subject_id = $1 and kind = 'task'`, [taskId])).rows[0] as { status: string; due_at: Date } | undefined;

function taskInput(overrides: Partial<CleanTaskInput>): CleanTaskInput {
  return {
    parentId: null,
    title: 'Báo cáo tình hình giải ngân vốn đầu tư công',
    content: null,
    priority: 'normal',
    sourceType: 'none',
    sourceDocumentId: null,
    meetingName: null,
    meetingDate: null,
    lead: { unitId: units.get('TCKH')!, userId: null },
    coordinators: [],
    dueDate: null,
    dueInWorkingDays: null,
    reportFrequency: 'none',
    reportWeekday: null,
    reportMonthDay: null,
    ...overrides,
  };
}

async function createAccepted(input: Partial<CleanTaskInput>): Promise<string> {
  const { taskId } = await tasks.create({ actor: user('chutich'), input: taskInput(input), files: [] });
  await tasks.accept(taskId, { actor: user('truongphong.tckh') });
  await poll(() => deadlineRow(taskId), (d) => d !== undefined, 'the task deadline');
  return taskId;
}

beforeAll(async () => {
  stack = await startTimeSkippingStack({ name: 'task-timers', taskQueue: TASK_QUEUE, activities: (orm) => ({ ...createTaskActivities({ orm, now: serverClock }), ...createDeadlineActivities({ orm, now: serverClock }) }) });
  ({ env, orm, sql, users } = stack);
  for (const r of (await sql.query(`select id, code from unit`)).rows) units.set(r.code, r.id);
  tasks = new TaskClient(env.client, TASK_QUEUE);
});

afterAll(async () => {
  await stack?.stop();
});

describe('a task’s deadline', () => {
  it('reminds the chủ trì 3 and 1 working days ahead and on the morning of the day, then escalates to the assigner every working day overdue', async () => {
    const realStart = Date.now();
    const start = await skipToNextWorkingDay(9);
    const c = await calendar(start);
    const dueDate = vnDateOf(c.addWorkingDays(start, 6));
    const taskId = await createAccepted({ dueDate });
    const due = c.untilDate(vnNoon(dueDate));
    expect((await deadlineRow(taskId))!.due_at.getTime()).toBe(due);
    const r3 = c.subtractWorkingDays(due, 3);
    const r1 = c.subtractWorkingDays(due, 1);
    const morning = c.nextWorkingDayStart(r1);

    await env.skipTo(r3 - MINUTE);
    expect(await notices(taskId)).toEqual([]);
    await env.skipTo(r3 + MINUTE);
    const first = await poll(() => notices(taskId), (n) => n.length === 1, 'the 3-day reminder');
    expect(first[0]).toMatchObject({ user: 'truongphong.tckh', kind: 'task.reminder', title: 'Sắp đến hạn hoàn thành nhiệm vụ' });
    expect(Math.abs(first[0]!.at - r3)).toBeLessThan(SLACK);

    await env.skipTo(r1 + MINUTE);
    await poll(() => notices(taskId), (n) => n.length === 2, 'the 1-day reminder');
    await env.skipTo(morning + MINUTE);
    const onTheDay = (await poll(() => notices(taskId), (n) => n.length === 3, 'the reminder on the day'))[2]!;
    expect(onTheDay).toMatchObject({ user: 'truongphong.tckh', title: 'Hôm nay đến hạn hoàn thành nhiệm vụ' });
    expect(Math.abs(onTheDay.at - morning)).toBeLessThan(SLACK);
    expect((await deadlineRow(taskId))!.status).toBe('pending');

    await env.skipTo(due + MINUTE);
    const atDue = (await poll(() => notices(taskId), (n) => n.length === 5, 'the alerts at the limit')).slice(3);
    expect(atDue.map((n) => `${n.user}: ${n.title}`).sort()).toEqual(['chutich: Nhiệm vụ quá hạn', 'truongphong.tckh: Nhiệm vụ đã đến hạn nhưng chưa hoàn thành']);
    expect((await deadlineRow(taskId))!.status).toBe('overdue');

    const nextMorning = c.nextWorkingDayStart(due);
    await env.skipTo(nextMorning + MINUTE);
    const escalation = (await poll(() => notices(taskId), (n) => n.length === 6, 'the first daily escalation'))[5]!;
    expect(escalation).toMatchObject({ user: 'chutich', kind: 'task.escalation', title: 'Nhiệm vụ quá hạn 1 ngày làm việc' });
    expect(Math.abs(escalation.at - nextMorning)).toBeLessThan(SLACK);

    await tasks.submitResult(taskId, { actor: user('truongphong.tckh'), resultText: 'Đã báo cáo.', files: [] });
    expect((await deadlineRow(taskId))!.status).toBe('late');
    await tasks.evaluate(taskId, { actor: user('chutich'), decision: 'accept', rating: null, note: null });
    const row = (await sql.query(`select status, completed_on_time from task where id = $1`, [taskId])).rows[0];
    expect(row).toEqual({ status: 'done', completed_on_time: false });
    // No more escalations once it is done.
    await env.skipTo(c.nextWorkingDayStart(nextMorning) + MINUTE);
    expect(await notices(taskId)).toHaveLength(6);
    const kinds = (await sql.query(`select kind from audit_event where subject_id = $1 order by at, id`, [taskId])).rows.map((r) => r.kind);
    expect(kinds).toEqual([
      'task.created',
      'task.accepted',
      'task.reminded',
      'task.reminded',
      'task.reminded',
      'task.overdue',
      'task.reminded',
      'task.escalated',
      'task.escalated',
      'task.result_submitted',
      'task.evaluated',
    ]);
    expect((await env.now()) - start).toBeGreaterThan(7 * DAY);
    expect(Date.now() - realStart).toBeLessThan(60_000);
  });

  it('an approved extension moves the limit and its reminders', async () => {
    const start = await skipToNextWorkingDay(9);
    const c = await calendar(start);
    const dueDate = vnDateOf(c.addWorkingDays(start, 2));
    const taskId = await createAccepted({ dueDate });
    const newDate = vnDateOf(c.addWorkingDays(start, 10));
    await tasks.requestExtension(taskId, { actor: user('truongphong.tckh'), newDueDate: newDate, reason: 'Chờ số liệu.' });
    const state = await tasks.approveExtension(taskId, { actor: user('chutich'), extensionId: (await sql.query(`select id from task_extension where task_id = $1`, [taskId])).rows[0].id, note: null });
    expect(state.task!.dueDate).toBe(newDate);
    const newDue = c.untilDate(vnNoon(newDate));
    await poll(() => deadlineRow(taskId), (d) => d?.due_at.getTime() === newDue, 'the moved limit');

    const oldDue = c.untilDate(vnNoon(dueDate));
    await env.skipTo(oldDue + MINUTE);
    await new Promise((r) => setTimeout(r, 500));
    expect((await deadlineRow(taskId))!.status).toBe('pending');
    expect((await notices(taskId)).filter((n) => n.kind !== 'task.reminder')).toEqual([]);

    const r1 = c.subtractWorkingDays(newDue, 1);
    await env.skipTo(r1 + MINUTE);
    const reminded = await poll(() => notices(taskId), (n) => n.some((x) => Math.abs(x.at - r1) < SLACK), 'the reminder before the new limit');
    expect(reminded.every((n) => n.kind === 'task.reminder')).toBe(true);
    await tasks.cancel(taskId, { actor: user('chutich'), reason: 'Kết thúc thử nghiệm.' });
    expect((await deadlineRow(taskId))!.status).toBe('cancelled');
  });
});

describe('periodic progress reports', () => {
  it('a missed weekly report reminds the chủ trì at the end of the report day and tells the assigner a working day later; a report closes the period', async () => {
    const start = await skipToNextWorkingDay(9);
    const c = await calendar(start);
    const reportDate = vnDateOf(c.addWorkingDays(start, 2));
    const weekday = ((new Date(`${reportDate}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const taskId = await createAccepted({ dueDate: vnDateOf(c.addWorkingDays(start, 40)), reportFrequency: 'weekly', reportWeekday: weekday });
    const reportEnd = c.untilDate(vnNoon(reportDate));
    const graceEnd = c.addWorkingDays(reportEnd, 1);
    const period = async () => (await sql.query(`select status, due_at from deadline where document_id = $1 and kind = 'task_report' order by started_at`, [taskId])).rows;
    await poll(period, (rows) => rows.length === 1, 'the first report period');
    expect((await period())[0].due_at.getTime()).toBe(graceEnd);

    await env.skipTo(reportEnd + MINUTE);
    const missed = await poll(() => notices(taskId), (n) => n.length === 1, 'the missed-report reminder');
    expect(missed[0]).toMatchObject({ user: 'truongphong.tckh', kind: 'task.report_missed', title: 'Chưa báo cáo tiến độ định kỳ' });
    expect(Math.abs(missed[0]!.at - reportEnd)).toBeLessThan(SLACK);

    await env.skipTo(graceEnd + MINUTE);
    const told = (await poll(() => notices(taskId), (n) => n.length === 2, 'the assigner told'))[1]!;
    expect(told).toMatchObject({ user: 'chutich', kind: 'task.report_missed', title: 'Nhiệm vụ chưa báo cáo tiến độ định kỳ' });
    expect(Math.abs(told.at - graceEnd)).toBeLessThan(SLACK);

    // The next week: reported in time, nobody is chased.
    await poll(period, (rows) => rows.length === 2, 'the second report period');
    await tasks.reportProgress(taskId, { actor: user('truongphong.tckh'), percent: 30, text: 'Đã triển khai.', files: [] });
    expect((await period()).map((r) => r.status)).toEqual(['late', 'met']);
    const nextReportEnd = c.untilDate(vnNoon(vnDateOf(vnNoon(reportDate) + 7 * DAY)));
    await env.skipTo(c.addWorkingDays(nextReportEnd, 1) + MINUTE);
    await new Promise((r) => setTimeout(r, 500));
    expect(await notices(taskId)).toHaveLength(2);
    await tasks.cancel(taskId, { actor: user('chutich'), reason: 'Kết thúc thử nghiệm.' });
  });
});

describe('the administrator’s task reminder settings', () => {
  it('a changed offset and report grace reach the tasks followed afterwards', async () => {
    const settings = async (input: Parameters<typeof updateDeadlineSettings>[0]['input']) =>
      updateDeadlineSettings({
        em: orm.em.fork(),
        actor: user('quantri'),
        input,
        expectedVersion: (await getDeadlineSettings({ em: orm.em.fork() })).version,
        now: new Date(await env.now()),
      });
    await settings({ taskFirstReminderWorkingDays: 5, taskSecondReminderWorkingDays: 2, taskReportGraceWorkingDays: 2 });
    try {
      const start = await skipToNextWorkingDay(9);
      const c = await calendar(start);
      const reportDate = vnDateOf(c.addWorkingDays(start, 2));
      const weekday = ((new Date(`${reportDate}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const dueDate = vnDateOf(c.addWorkingDays(start, 8));
      const taskId = await createAccepted({ dueDate, reportFrequency: 'weekly', reportWeekday: weekday });
      const due = c.untilDate(vnNoon(dueDate));
      const [r5, r3, r2] = [5, 3, 2].map((n) => c.subtractWorkingDays(due, n)) as [number, number, number];

      // The report period waits two working days after the report day before the assigner is told.
      const period = await poll(
        async () => (await sql.query(`select due_at from deadline where document_id = $1 and kind = 'task_report'`, [taskId])).rows,
        (rows) => rows.length === 1,
        'the report period',
      );
      expect(period[0].due_at.getTime()).toBe(c.addWorkingDays(c.untilDate(vnNoon(reportDate)), 2));
      await tasks.reportProgress(taskId, { actor: user('truongphong.tckh'), percent: 10, text: 'Đã triển khai.', files: [] });

      const reminders = async () => (await notices(taskId)).filter((n) => n.kind === 'task.reminder');
      await env.skipTo(r5 + MINUTE);
      const first = await poll(reminders, (n) => n.length === 1, 'the reminder 5 working days ahead');
      expect(Math.abs(first[0]!.at - r5)).toBeLessThan(SLACK);
      // No reminder 3 working days ahead any more: the next one is 2 days ahead.
      await env.skipTo(r3 + MINUTE);
      await new Promise((r) => setTimeout(r, 500));
      expect(await reminders()).toHaveLength(1);
      await env.skipTo(r2 + MINUTE);
      const second = (await poll(reminders, (n) => n.length === 2, 'the reminder 2 working days ahead'))[1]!;
      expect(Math.abs(second.at - r2)).toBeLessThan(SLACK);
      await tasks.cancel(taskId, { actor: user('chutich'), reason: 'Kết thúc thử nghiệm.' });
    } finally {
      await settings({ taskFirstReminderWorkingDays: 3, taskSecondReminderWorkingDays: 1, taskReportGraceWorkingDays: 1 });
    }
  });
});
