import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/graphql-client.ts';
import { unitIdByCode } from '../support/incoming.ts';

/*
 * An administrator's calendar change reaches a running task: the calendar fan-out signals the task's workflow
 * (its deadline rows name it), which recomputes its hạn hoàn thành, moves the row and says so on the task's timeline.
 */

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });

const admin = new GqlClient(stack.url);
const leader = new GqlClient(stack.url);
const head = new GqlClient(stack.url);

const YEAR = `query($year: Int!) { calendarYear(year: $year) { year version prefilled days { date kind name } swaps { dayOff workedDay name } } }`;
const UPDATE_YEAR = `mutation($input: UpdateCalendarYearInput!) { updateCalendarYear(input: $input) {
  __typename ... on Error { code message } ... on MutationUpdateCalendarYearSuccess { data { version } } } }`;
const RESET_YEAR = `mutation($year: Int!, $v: Int!) { resetCalendarYear(year: $year, expectedVersion: $v) { __typename } }`;
const EXPLAIN = `query($rule: DeadlineRule!, $at: DateTime!) { explainDeadline(rule: $rule, at: $at) { at } }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on Error { code message } ... on MutationCreateTaskSuccess { data { id dueDate dueAt } } } }`;
const TASK = `query($id: ID!) { task(id: $id) { dueDate dueAt timeline { kind summary } } }`;

type Day = { date: string; kind: string; name: string };
type Year = { year: number; version: number; prefilled: boolean; days: Day[]; swaps: unknown[] };

const deadlineRow = async (taskId: string) =>
  (await db.query(`select status, due_at from deadline where subject_id = $1 and kind = 'task'`, [taskId])).rows[0] as { status: string; due_at: Date } | undefined;
const taskDueAt = async (taskId: string) => ((await db.query(`select due_at from task where id = $1`, [taskId])).rows[0]?.due_at as Date).toISOString();
async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The year as the administrator enters it, with extra days off added. */
function yearInput(y: Year, extraDaysOff: Array<{ date: string; name: string }>) {
  const of = (...kinds: string[]) => y.days.filter((d) => kinds.includes(d.kind));
  return {
    year: y.year,
    expectedVersion: y.version,
    holidays: of('HOLIDAY', 'IN_LIEU').map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
    swaps: y.swaps,
    extraDaysOff: [...of('EXTRA_OFF').map((d) => ({ date: d.date, name: d.name })), ...extraDaysOff],
    workingSaturdays: of('WORKING_SATURDAY').map((d) => ({ date: d.date, name: d.name })),
  };
}

describe('a calendar change reaches a running task', () => {
  let before: Year | undefined;

  beforeAll(async () => {
    await Promise.all([admin.login('quantri'), leader.login('chutich'), head.login('truongphong.tckh')]);
  });

  afterAll(async () => {
    // Leave the shared stack's calendar as this file found it.
    if (before) {
      const now = (await admin.ok(YEAR, { year: before.year })).calendarYear as Year;
      if (before.prefilled) await admin.ok(RESET_YEAR, { year: before.year, v: now.version });
      else await admin.ok(UPDATE_YEAR, { input: { ...yearInput(before, []), expectedVersion: now.version } });
    }
    await db.end();
  });

  it('a day off declared on the hạn hoàn thành moves the task’s deadline row, the task’s limit and its timeline', async () => {
    // Given in working days, the hạn hoàn thành is a working day.
    const input = { title: 'Kiểm tra hồ sơ quyết toán dự án hoàn thành', dueInWorkingDays: 8, lead: { unitId: await unitIdByCode(leader, 'TCKH') } };
    const task = (await leader.ok(CREATE, { input })).createTask.data;
    await head.ok(`mutation($id: ID!) { acceptTask(taskId: $id) { __typename } }`, { id: task.id });
    const first = await poll(() => deadlineRow(task.id), (d) => d !== undefined, 'the deadline row');
    expect(first!.due_at.toISOString()).toBe(task.dueAt);

    before = (await admin.ok(YEAR, { year: Number(task.dueDate.slice(0, 4)) })).calendarYear as Year;
    const saved = (await admin.ok(UPDATE_YEAR, { input: yearInput(before, [{ date: task.dueDate, name: 'Nghỉ đột xuất (thử nghiệm nhiệm vụ)' }]) })).updateCalendarYear;
    expect(saved.__typename).toBe('MutationUpdateCalendarYearSuccess');

    // The limit is now the end of the next working day.
    const expected = (await admin.ok(EXPLAIN, { rule: 'NEXT_WORKING_DAY_END', at: `${task.dueDate}T12:00:00+07:00` })).explainDeadline.at;
    expect(expected > task.dueAt).toBe(true);
    const moved = await poll(() => deadlineRow(task.id), (d) => d?.due_at.toISOString() === expected, 'the moved deadline row');
    expect(moved!.status).toBe('pending');
    await poll(() => taskDueAt(task.id), (at) => at === expected, 'the task’s own limit');

    const read = (await leader.ok(TASK, { id: task.id })).task;
    expect(read).toMatchObject({ dueDate: task.dueDate, dueAt: expected });
    const movedEvents = read.timeline.filter((e: { kind: string }) => e.kind === 'deadline.moved');
    expect(movedEvents).toHaveLength(1);
    expect(movedEvents[0].summary).toMatch(/^Hạn hoàn thành được tính lại: .+ → .+\.$/);

    await leader.ok(`mutation($input: TaskReasonInput!) { cancelTask(input: $input) { __typename } }`, { input: { taskId: task.id, reason: 'Kết thúc thử nghiệm.' } });
  });
});
