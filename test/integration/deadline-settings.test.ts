import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/graphql-client.ts';
import { unitIdByCode, vnDate } from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });

const TASK_FIELDS = 'taskFirstReminderWorkingDays taskSecondReminderWorkingDays taskReportGraceWorkingDays';
const TASK_DEFAULTS = { taskFirstReminderWorkingDays: 3, taskSecondReminderWorkingDays: 1, taskReportGraceWorkingDays: 1 };
const SETTINGS = `{ deadlineSettings {
  directionReminderWorkingHours assignmentReminderWorkingDays ${TASK_FIELDS} version updatedAt updatedBy { username }
  changes(first: 5) { version changedBy { username } summary note } } }`;
const UPDATE = `mutation($input: UpdateDeadlineSettingsInput!) { updateDeadlineSettings(input: $input) {
  __typename
  ... on MutationUpdateDeadlineSettingsSuccess { data { directionReminderWorkingHours assignmentReminderWorkingDays version updatedBy { username } changes(first: 1) { summary note } } }
  ... on InputError { fieldErrors { field code message } }
  ... on DomainError { code message field } } }`;

const admin = new GqlClient(stack.url);
const leader = new GqlClient(stack.url);
let start: { directionReminderWorkingHours: number; assignmentReminderWorkingDays: number; version: number };

beforeAll(async () => {
  await Promise.all([admin.login('quantri'), leader.login('chutich')]);
  start = (await admin.ok(SETTINGS)).deadlineSettings;
});

afterAll(async () => {
  // Back to the defaults for the files that run after this one.
  const now = (await admin.ok(SETTINGS)).deadlineSettings;
  await admin.ok(UPDATE, { input: { expectedVersion: now.version, directionReminderWorkingHours: 2, assignmentReminderWorkingDays: 1, ...TASK_DEFAULTS } });
  await db.end();
});

describe('deadline settings through GraphQL', () => {
  it('start at 2 working hours and 1 working day, readable by any signed-in user', async () => {
    expect(start).toMatchObject({ directionReminderWorkingHours: 2, assignmentReminderWorkingDays: 1, ...TASK_DEFAULTS });
    expect((await leader.ok(SETTINGS)).deadlineSettings).toMatchObject({ directionReminderWorkingHours: 2, assignmentReminderWorkingDays: 1, version: start.version });
    const anonymous = await new GqlClient(stack.url).request(SETTINGS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the administrator changes them: a new version, who and what in the history and the audit', async () => {
    const r = (
      await admin.ok(UPDATE, { input: { expectedVersion: start.version, assignmentReminderWorkingDays: 3, note: 'Theo quy chế làm việc mới' } })
    ).updateDeadlineSettings;
    expect(r).toEqual({
      __typename: 'MutationUpdateDeadlineSettingsSuccess',
      data: {
        directionReminderWorkingHours: 2,
        assignmentReminderWorkingDays: 3,
        version: start.version + 1,
        updatedBy: { username: 'quantri' },
        changes: [{ summary: 'Nhắc trước hạn xử lý của phần việc: 1 → 3 ngày làm việc', note: 'Theo quy chế làm việc mới' }],
      },
    });
    const stored = (await db.query(`select direction_reminder_working_hours, assignment_reminder_working_days, version from deadline_settings`)).rows;
    expect(stored).toEqual([{ direction_reminder_working_hours: 2, assignment_reminder_working_days: 3, version: start.version + 1 }]);
    const audit = (
      await db.query(
        `select e.data, u.username from audit_event e join app_user u on u.id = e.actor_id
          where e.kind = 'deadline_settings.updated' and (e.data->>'version')::int = $1`,
        [start.version + 1],
      )
    ).rows;
    expect(audit).toEqual([
      {
        username: 'quantri',
        data: { version: start.version + 1, before: { assignmentReminderWorkingDays: 1 }, after: { assignmentReminderWorkingDays: 3 }, note: 'Theo quy chế làm việc mới' },
      },
    ]);

    const both = (await admin.ok(UPDATE, { input: { expectedVersion: start.version + 1, directionReminderWorkingHours: 0, assignmentReminderWorkingDays: 0 } }))
      .updateDeadlineSettings.data;
    expect(both).toMatchObject({ directionReminderWorkingHours: 0, assignmentReminderWorkingDays: 0, version: start.version + 2 });
    const read = (await leader.ok(SETTINGS)).deadlineSettings;
    expect(read.changes.slice(0, 2).map((c: { version: number; summary: string }) => [c.version, c.summary])).toEqual([
      [start.version + 2, 'Nhắc trước hạn cho ý kiến chỉ đạo: 2 → 0 giờ làm việc; Nhắc trước hạn xử lý của phần việc: 3 → 0 ngày làm việc'],
      [start.version + 1, 'Nhắc trước hạn xử lý của phần việc: 1 → 3 ngày làm việc'],
    ]);

    // Saving the same values writes nothing.
    const same = (await admin.ok(UPDATE, { input: { expectedVersion: start.version + 2, directionReminderWorkingHours: 0 } })).updateDeadlineSettings;
    expect(same.data.version).toBe(start.version + 2);
  });

  it('refuses values out of range on their fields, in Vietnamese, and writes nothing', async () => {
    const version = (await admin.ok(SETTINGS)).deadlineSettings.version;
    const r = (
      await admin.ok(UPDATE, { input: { expectedVersion: version, directionReminderWorkingHours: 17, assignmentReminderWorkingDays: -1, note: 'x'.repeat(501) } })
    ).updateDeadlineSettings;
    expect(r).toEqual({
      __typename: 'InputError',
      fieldErrors: [
        { field: 'directionReminderWorkingHours', code: 'OUT_OF_RANGE', message: 'Nhắc trước hạn cho ý kiến chỉ đạo: phải là số nguyên từ 0 đến 16 giờ làm việc.' },
        { field: 'assignmentReminderWorkingDays', code: 'OUT_OF_RANGE', message: 'Nhắc trước hạn xử lý của phần việc: phải là số nguyên từ 0 đến 10 ngày làm việc.' },
        { field: 'note', code: 'TOO_LONG', message: 'Ghi chú không được dài quá 500 ký tự.' },
      ],
    });
    const task = (await admin.ok(UPDATE, { input: { expectedVersion: version, taskFirstReminderWorkingDays: 11, taskReportGraceWorkingDays: 0 } })).updateDeadlineSettings;
    expect(task.fieldErrors).toEqual([
      { field: 'taskFirstReminderWorkingDays', code: 'OUT_OF_RANGE', message: 'Nhắc lần 1 trước hạn hoàn thành nhiệm vụ: phải là số nguyên từ 0 đến 10 ngày làm việc.' },
      { field: 'taskReportGraceWorkingDays', code: 'OUT_OF_RANGE', message: 'Chờ báo cáo tiến độ định kỳ trước khi báo người giao việc: phải là số nguyên từ 1 đến 10 ngày làm việc.' },
    ]);
    expect((await admin.ok(SETTINGS)).deadlineSettings.version).toBe(version);
  });

  it('the task settings reach the tasks followed after the change: a missed report waits the new grace', async () => {
    const head = new GqlClient(stack.url);
    await head.login('truongphong.tckh');
    const version = (await admin.ok(SETTINGS)).deadlineSettings.version;
    const saved = (await admin.ok(UPDATE, { input: { expectedVersion: version, taskFirstReminderWorkingDays: 5, taskReportGraceWorkingDays: 3 } })).updateDeadlineSettings;
    expect(saved.data).toMatchObject({ changes: [{ summary: 'Nhắc lần 1 trước hạn hoàn thành nhiệm vụ: 3 → 5 ngày làm việc; Chờ báo cáo tiến độ định kỳ trước khi báo người giao việc: 1 → 3 ngày làm việc' }] });

    const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id } } } }`;
    const input = { title: 'Báo cáo tiến độ giải phóng mặt bằng', dueDate: vnDate(30), lead: { unitId: await unitIdByCode(leader, 'TCKH') }, reportFrequency: 'WEEKLY', reportWeekday: 3 };
    const taskId = (await leader.ok(CREATE, { input })).createTask.data.id;
    await head.ok(`mutation($id: ID!) { acceptTask(taskId: $id) { __typename } }`, { id: taskId });
    let period: { rule_label: string } | undefined;
    for (let i = 0; i < 100 && !period; i++) {
      period = (await db.query(`select rule_label from deadline where document_id = $1 and kind = 'task_report'`, [taskId])).rows[0];
      if (!period) await new Promise((r) => setTimeout(r, 100));
    }
    expect(period?.rule_label).toMatch(/^báo cáo tiến độ định kỳ đến hết ngày \d\d\/\d\d\/\d{4}, quá 3 ngày làm việc thì báo người giao việc$/);
    await leader.ok(`mutation($input: TaskReasonInput!) { cancelTask(input: $input) { __typename } }`, { input: { taskId, reason: 'Kết thúc thử nghiệm.' } });
  });

  it('refuses a stale version and anyone but the administrator', async () => {
    const version = (await admin.ok(SETTINGS)).deadlineSettings.version;
    expect((await admin.ok(UPDATE, { input: { expectedVersion: version - 1, assignmentReminderWorkingDays: 2 } })).updateDeadlineSettings).toEqual({
      __typename: 'DomainError',
      code: 'DEADLINE_SETTINGS_CHANGED_MEANWHILE',
      field: 'expectedVersion',
      message: `Thiết lập nhắc hạn vừa được người khác thay đổi (phiên bản hiện tại: ${version}). Vui lòng tải lại rồi sửa tiếp.`,
    });
    expect((await leader.ok(UPDATE, { input: { expectedVersion: version, assignmentReminderWorkingDays: 2 } })).updateDeadlineSettings).toEqual({
      __typename: 'DomainError',
      code: 'FORBIDDEN',
      field: null,
      message: 'Bạn không có quyền thay đổi thiết lập nhắc hạn.',
    });
    expect((await new GqlClient(stack.url).ok(UPDATE, { input: { expectedVersion: version, assignmentReminderWorkingDays: 2 } })).updateDeadlineSettings).toMatchObject({
      __typename: 'DomainError',
      code: 'UNAUTHENTICATED',
    });
    expect((await admin.ok(SETTINGS)).deadlineSettings.version).toBe(version);
  });
});
