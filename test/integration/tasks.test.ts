import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient, pdfFile } from '../support/graphql-client.ts';
import { incomingBookId, REGISTER, registrationInput, unitIdByCode, vnDate } from '../support/incoming.ts';

/*
 * Tasks through GraphQL on the real stack (server and worker processes, PostgreSQL, Temporal dev server):
 * every step, the rules (wrong person, wrong moment, bad dates), subtasks as child workflows through to
 * evaluation, cancellation reaching subtasks, the lists, the dashboard and the files.
 */

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const TASK = `id title status viewStatus dueDate dueInWorkingDays progress statusReason completedOnTime rating myActions
  lead { unit { code } user { username } } coordinators { unit { code } user { username } }
  source { type documentId meetingName }
  files { id fileName url } resultFiles { fileName }
  reports { percent text files { fileName } }
  extensions { id status proposedDueDate decisionNote } pendingExtension { id proposedDueDate }
  parent { id } subtasks { id status progress } subtaskProgress { total done averagePercent }
  timeline { kind summary actor { username } }`;

const result = (success: string) => `__typename
  ... on Error { code message }
  ... on InputError { fieldErrors { field code message } }
  ... on ${success} { data { ${TASK} } }`;
const m = (name: string, args: string, call: string) => `mutation(${args}) { ${name}(${call}) { ${result(`Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success`)} } }`;

const CREATE = m('createTask', '$input: CreateTaskInput!, $files: [File!]', 'input: $input, files: $files');
const ACCEPT = m('acceptTask', '$id: ID!', 'taskId: $id');
const REFUSE = m('refuseTask', '$input: TaskReasonInput!', 'input: $input');
const SUBTASK = m('createSubtask', '$input: CreateSubtaskInput!, $files: [File!]', 'input: $input, files: $files');
const REPORT = m('reportTaskProgress', '$input: ReportTaskProgressInput!, $files: [File!]', 'input: $input, files: $files');
const REQUEST_EXT = m('requestTaskExtension', '$input: RequestTaskExtensionInput!', 'input: $input');
const APPROVE_EXT = m('approveTaskExtension', '$input: DecideTaskExtensionInput!', 'input: $input');
const REFUSE_EXT = m('refuseTaskExtension', '$input: DecideTaskExtensionInput!', 'input: $input');
const SUBMIT = m('submitTaskResult', '$input: SubmitTaskResultInput!, $files: [File!]', 'input: $input, files: $files');
const EVALUATE = m('evaluateTask', '$input: EvaluateTaskInput!', 'input: $input');
const CANCEL = m('cancelTask', '$input: TaskReasonInput!', 'input: $input');
const NUDGE = m('nudgeTask', '$input: NudgeTaskInput!', 'input: $input');
const GET = `query($id: ID!) { task(id: $id) { ${TASK} } }`;
const LIST = `query($scope: TaskScope!, $filter: TaskFilter, $first: Int, $after: String) {
  tasks(scope: $scope, filter: $filter, first: $first, after: $after) { totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { cursor node { id title viewStatus dueDate } } } }`;

const client = () => new GqlClient(stack.url);
/** Human steps on a task (and its subtasks' creation): reminders and file reads come on their own. */
const steps = async (id: string) => Number((await db.query(`select count(*) n from audit_event where subject_id = $1 and kind like 'task.%'`, [id])).rows[0].n);
const taskCount = async () => Number((await db.query(`select count(*) n from task`)).rows[0].n);
const deadlineRow = async (taskId: string) =>
  (await db.query(`select status, due_at from deadline where subject_id = $1 and kind = 'task'`, [taskId])).rows[0] as { status: string; due_at: Date } | undefined;
const notices = async (userId: string, taskId: string) =>
  (await db.query(`select kind, title from notification where user_id = $1 and subject_id = $2 order by created_at`, [userId, taskId])).rows as Array<{ kind: string; title: string }>;
async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}
const vnDateOf = (t: Date) => new Date(t.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

describe('tasks (giao việc, theo dõi, đôn đốc)', () => {
  const leader = client();
  const chief = client();
  const head = client();
  const specialist = client();
  const specialist2 = client();
  const otherHead = client();
  const nvSpecialist = client();
  const clerk = client();
  const ids: Record<string, string> = {};
  let units: Record<string, string>;

  beforeAll(async () => {
    const logins: Array<[GqlClient, string]> = [
      [leader, 'chutich'],
      [chief, 'chanhvanphong'],
      [head, 'truongphong.tckh'],
      [specialist, 'chuyenvien.tckh'],
      [specialist2, 'chuyenvien2.tckh'],
      [otherHead, 'truongphong.tnmt'],
      [nvSpecialist, 'chuyenvien.nv'],
      [clerk, 'vanthu'],
    ];
    for (const [c, username] of logins) ids[username] = (await c.login(username)).id;
    units = Object.fromEntries(await Promise.all(['TCKH', 'TNMT', 'NV'].map(async (code) => [code, await unitIdByCode(leader, code)])));
  });

  const create = async (c: GqlClient, input: Record<string, unknown>, files?: File[]) =>
    (await c.ok(CREATE, { input: { title: 'Rà soát hồ sơ dự án đầu tư công', dueDate: vnDate(20), ...input } }, files ? { files } : {})).createTask;

  let parentId: string;
  let subtaskId: string;

  it('a leader gives a document’s task to a unit with a phối hợp unit and a file; bad input and the wrong people change nothing', async () => {
    const bookId = await incomingBookId(clerk);
    const doc = (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument.data;
    const before = await taskCount();

    const bad = await create(leader, { title: ' ', lead: { unitId: units.TCKH }, dueDate: vnDate(-1), dueInWorkingDays: null });
    expect(bad.__typename).toBe('InputError');
    expect(Object.fromEntries(bad.fieldErrors.map((e: { field: string; code: string }) => [e.field, e.code]))).toEqual({ title: 'REQUIRED', dueDate: 'IN_PAST' });
    const both = await create(leader, { lead: { unitId: units.TCKH }, dueInWorkingDays: 5 });
    expect(both.fieldErrors).toEqual([{ field: 'dueDate', code: 'AMBIGUOUS', message: 'Chỉ nhập hạn hoàn thành theo ngày hoặc theo số ngày làm việc.' }]);
    const bySpecialist = await create(specialist, { lead: { userId: ids['chuyenvien2.tckh'] } });
    expect(bySpecialist).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN', message: 'Bạn không có quyền giao nhiệm vụ.' });
    const outside = await create(head, { lead: { userId: ids['chuyenvien.nv'] } });
    expect(outside.fieldErrors).toEqual([{ field: 'lead', code: 'OUTSIDE_UNIT', message: 'Trưởng đơn vị chỉ giao nhiệm vụ cho cán bộ trong đơn vị mình.' }]);
    const sameTwice = await create(leader, { lead: { unitId: units.TCKH }, coordinators: [{ unitId: units.TCKH }] });
    expect(sameTwice.fieldErrors[0]).toMatchObject({ field: 'coordinators', code: 'SAME_AS_LEAD' });
    expect(await taskCount()).toBe(before);

    const created = await create(
      leader,
      {
        content: 'Rà soát, báo cáo UBND tỉnh.',
        priority: 'HIGH',
        sourceType: 'DOCUMENT',
        sourceDocumentId: doc.id,
        lead: { unitId: units.TCKH },
        coordinators: [{ unitId: units.TNMT }],
        reportFrequency: 'WEEKLY',
        reportWeekday: 5,
      },
      [pdfFile('ke-hoach.pdf')],
    );
    expect(created.__typename).toBe('MutationCreateTaskSuccess');
    const t = created.data;
    parentId = t.id;
    expect(t).toMatchObject({
      status: 'AWAITING_ACCEPTANCE',
      viewStatus: 'IN_PROGRESS_ON_TIME',
      dueDate: vnDate(20),
      lead: { unit: { code: 'TCKH' }, user: null },
      coordinators: [{ unit: { code: 'TNMT' } }],
      source: { type: 'DOCUMENT', documentId: doc.id },
      files: [{ fileName: 'ke-hoach.pdf' }],
      myActions: ['CANCEL', 'NUDGE'],
    });
    expect(t.timeline[0]).toMatchObject({ kind: 'task.created', actor: { username: 'chutich' } });
    expect(t.timeline[0].summary).toContain('chủ trì Phòng Tài chính');
    expect(await notices(ids['truongphong.tckh']!, t.id)).toEqual([{ kind: 'task.assigned', title: 'Được giao nhiệm vụ (chủ trì)' }]);
    expect(await notices(ids['truongphong.tnmt']!, t.id)).toEqual([{ kind: 'task.assigned', title: 'Được giao phối hợp thực hiện nhiệm vụ' }]);
    await poll(() => deadlineRow(t.id), (d) => d?.status === 'pending');

    // The document's page lists it; the file is served to those who see the task only.
    const ofDoc = (await clerk.ok(`query($id: ID!) { tasksOfDocument(documentId: $id) { id } }`, { id: doc.id })).tasksOfDocument;
    expect(ofDoc).toEqual([]);
    expect((await leader.ok(`query($id: ID!) { tasksOfDocument(documentId: $id) { id } }`, { id: doc.id })).tasksOfDocument).toEqual([{ id: t.id }]);
    const url = `${stack.url}${t.files[0].url}`;
    expect((await fetch(url, { headers: { cookie: head.cookie } })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie: nvSpecialist.cookie } })).status).toBe(404);
    expect((await nvSpecialist.ok(GET, { id: t.id })).task).toBeNull();
  });

  it('the chủ trì accepts; the wrong person cannot; a subtask may not outlive its parent; the parent shows its subtasks’ progress', async () => {
    const before = await steps(parentId);
    expect((await specialist.ok(ACCEPT, { id: parentId })).acceptTask).toMatchObject({
      __typename: 'DomainError',
      code: 'FORBIDDEN',
      message: 'Chỉ người chủ trì (hoặc trưởng đơn vị chủ trì) được tiếp nhận nhiệm vụ.',
    });
    const early = (await head.ok(SUBTASK, { input: { parentId, title: 'x', leadUserId: ids['chuyenvien.tckh'], dueDate: vnDate(5) } })).createSubtask;
    expect(early).toMatchObject({ code: 'TASK_WRONG_STATE' });
    expect(await steps(parentId)).toBe(before);

    const accepted = (await head.ok(ACCEPT, { id: parentId })).acceptTask.data;
    expect(accepted.status).toBe('IN_PROGRESS');
    expect(accepted.myActions).toEqual(['CREATE_SUBTASK', 'REPORT_PROGRESS', 'REQUEST_EXTENSION', 'SUBMIT_RESULT']);
    expect(await notices(ids.chutich!, parentId)).toEqual([{ kind: 'task.updated', title: 'Nhiệm vụ đã được tiếp nhận' }]);

    const tooLate = (await head.ok(SUBTASK, { input: { parentId, title: 'Tổng hợp số liệu', leadUserId: ids['chuyenvien.tckh'], dueDate: vnDate(25) } })).createSubtask;
    expect(tooLate.__typename).toBe('InputError');
    expect(tooLate.fieldErrors[0]).toMatchObject({ field: 'dueDate', code: 'AFTER_PARENT_DEADLINE' });
    expect(tooLate.fieldErrors[0].message).toMatch(/^Hạn hoàn thành của nhiệm vụ con \(\d\d\/\d\d\/\d{4}\) không được sau hạn của nhiệm vụ cha/);
    const byOther = (await otherHead.ok(SUBTASK, { input: { parentId, title: 'x', leadUserId: ids['chuyenvien.tnmt'] ?? ids['chuyenvien.tckh'], dueDate: vnDate(5) } })).createSubtask;
    expect(byOther).toMatchObject({ code: 'FORBIDDEN', message: 'Chỉ trưởng đơn vị chủ trì được giao nhiệm vụ con.' });
    const wrongPerson = (await head.ok(SUBTASK, { input: { parentId, title: 'x', leadUserId: ids['chuyenvien.nv'], dueDate: vnDate(5) } })).createSubtask;
    expect(wrongPerson.fieldErrors).toEqual([{ field: 'lead', code: 'OUTSIDE_UNIT', message: 'Nhiệm vụ con chỉ giao cho cán bộ của đơn vị chủ trì.' }]);

    const sub = (await head.ok(SUBTASK, { input: { parentId, title: 'Tổng hợp số liệu giải ngân', leadUserId: ids['chuyenvien.tckh'], dueDate: vnDate(10) } }))
      .createSubtask;
    expect(sub.__typename).toBe('MutationCreateSubtaskSuccess');
    subtaskId = sub.data.id;
    expect(sub.data).toMatchObject({ status: 'AWAITING_ACCEPTANCE', parent: { id: parentId }, lead: { user: { username: 'chuyenvien.tckh' } } });
    await poll(() => deadlineRow(subtaskId), (d) => d?.status === 'pending');

    expect((await specialist.ok(ACCEPT, { id: subtaskId })).acceptTask.data.status).toBe('IN_PROGRESS');
    const reported = (await specialist.ok(REPORT, { input: { taskId: subtaskId, percent: 50, text: 'Đã tổng hợp 5/10 dự án.' } }, { files: [pdfFile('so-lieu.pdf')] }))
      .reportTaskProgress.data;
    expect(reported).toMatchObject({ progress: 50, reports: [{ percent: 50, text: 'Đã tổng hợp 5/10 dự án.', files: [{ fileName: 'so-lieu.pdf' }] }] });
    const badReport = (await specialist.ok(REPORT, { input: { taskId: subtaskId, percent: 120, text: '' } })).reportTaskProgress;
    expect(badReport.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['percent', 'text']);

    const parent = (await leader.ok(GET, { id: parentId })).task;
    expect(parent.subtasks).toEqual([{ id: subtaskId, status: 'IN_PROGRESS', progress: 50 }]);
    expect(parent.subtaskProgress).toEqual({ total: 1, done: 0, averagePercent: 50 });
    const open = (await head.ok(SUBMIT, { input: { taskId: parentId, resultText: 'Xong.' } })).submitTaskResult;
    expect(open).toMatchObject({ code: 'SUBTASKS_OPEN' });
  });

  it('extensions: not earlier than the deadline, not past the parent’s; approved, the deadline and its timer move', async () => {
    const before = await steps(subtaskId);
    const earlier = (await specialist.ok(REQUEST_EXT, { input: { taskId: subtaskId, newDueDate: vnDate(8), reason: 'Chờ số liệu.' } })).requestTaskExtension;
    expect(earlier.fieldErrors[0]).toMatchObject({ field: 'newDueDate', code: 'NOT_LATER' });
    expect(earlier.fieldErrors[0].message).toMatch(/^Hạn mới đề nghị phải sau hạn hoàn thành hiện tại \(\d\d\/\d\d\/\d{4}\)\.$/);
    const pastParent = (await specialist.ok(REQUEST_EXT, { input: { taskId: subtaskId, newDueDate: vnDate(30), reason: 'Chờ số liệu.' } })).requestTaskExtension;
    expect(pastParent.fieldErrors[0]).toMatchObject({ field: 'newDueDate', code: 'AFTER_PARENT_DEADLINE' });
    const byHead = (await head.ok(REQUEST_EXT, { input: { taskId: subtaskId, newDueDate: vnDate(15), reason: 'x' } })).requestTaskExtension;
    expect(byHead).toMatchObject({ code: 'FORBIDDEN' });
    expect(await steps(subtaskId)).toBe(before);

    const requested = (await specialist.ok(REQUEST_EXT, { input: { taskId: subtaskId, newDueDate: vnDate(15), reason: 'Chờ số liệu của Sở.' } })).requestTaskExtension.data;
    expect(requested.pendingExtension).toMatchObject({ proposedDueDate: vnDate(15) });
    const second = (await specialist.ok(REQUEST_EXT, { input: { taskId: subtaskId, newDueDate: vnDate(16), reason: 'x' } })).requestTaskExtension;
    expect(second).toMatchObject({ code: 'EXTENSION_PENDING' });
    expect((await specialist.ok(APPROVE_EXT, { input: { extensionId: requested.pendingExtension.id } })).approveTaskExtension).toMatchObject({ code: 'FORBIDDEN' });
    const previousDue = (await deadlineRow(subtaskId))!.due_at;

    const approved = (await head.ok(APPROVE_EXT, { input: { extensionId: requested.pendingExtension.id, note: 'Đồng ý.' } })).approveTaskExtension.data;
    expect(approved).toMatchObject({ dueDate: vnDate(15), pendingExtension: null, extensions: [{ status: 'APPROVED', proposedDueDate: vnDate(15) }] });
    const moved = await poll(() => deadlineRow(subtaskId), (d) => d !== undefined && d.due_at.getTime() !== previousDue.getTime());
    expect(moved!.status).toBe('pending');
    expect(vnDateOf(moved!.due_at) >= vnDate(15)).toBe(true);
    expect(await notices(ids['chuyenvien.tckh']!, subtaskId)).toContainEqual({ kind: 'task.updated', title: 'Đồng ý gia hạn nhiệm vụ' });
  });

  it('a parent with a subtask through to evaluation: the subtask is evaluated first, then the parent (refused extension, reopened, accepted)', async () => {
    const submitted = (await specialist.ok(SUBMIT, { input: { taskId: subtaskId, resultText: 'Đã tổng hợp đủ 10 dự án.' } }, { files: [pdfFile('bao-cao.pdf')] }))
      .submitTaskResult.data;
    expect(submitted).toMatchObject({ status: 'AWAITING_EVALUATION', resultFiles: [{ fileName: 'bao-cao.pdf' }] });
    expect((await deadlineRow(subtaskId))!.status).toBe('met');
    expect((await leader.ok(EVALUATE, { input: { taskId: subtaskId, decision: 'ACCEPT' } })).evaluateTask).toMatchObject({ code: 'FORBIDDEN' });
    const evaluated = (await head.ok(EVALUATE, { input: { taskId: subtaskId, decision: 'ACCEPT', rating: 5, note: 'Tốt.' } })).evaluateTask.data;
    expect(evaluated).toMatchObject({ status: 'DONE', viewStatus: 'DONE_ON_TIME', completedOnTime: true, rating: 5, progress: 100, myActions: [] });

    const afterClose = (await specialist.ok(REPORT, { input: { taskId: subtaskId, percent: 100, text: 'Bổ sung.' } })).reportTaskProgress;
    expect(afterClose).toMatchObject({
      code: 'TASK_WRONG_STATE',
      message: 'Nhiệm vụ đã kết thúc (hoàn thành, bị từ chối hoặc đã hủy). Không thể báo cáo tiến độ.',
    });

    const parent = (await leader.ok(GET, { id: parentId })).task;
    expect(parent.subtaskProgress).toEqual({ total: 1, done: 1, averagePercent: 100 });
    const ext = (await head.ok(REQUEST_EXT, { input: { taskId: parentId, newDueDate: vnDate(25), reason: 'Chờ ý kiến Sở.' } })).requestTaskExtension.data;
    const noReason = (await leader.ok(REFUSE_EXT, { input: { extensionId: ext.pendingExtension.id } })).refuseTaskExtension;
    expect(noReason.fieldErrors).toEqual([{ field: 'note', code: 'REQUIRED', message: 'Vui lòng nhập lý do không đồng ý gia hạn.' }]);
    const refused = (await leader.ok(REFUSE_EXT, { input: { extensionId: ext.pendingExtension.id, note: 'Cần báo cáo đúng hạn.' } })).refuseTaskExtension.data;
    expect(refused).toMatchObject({ dueDate: vnDate(20), extensions: [{ status: 'REFUSED', decisionNote: 'Cần báo cáo đúng hạn.' }] });

    await head.ok(REPORT, { input: { taskId: parentId, percent: 80, text: 'Đã có số liệu.' } });
    const first = (await head.ok(SUBMIT, { input: { taskId: parentId, resultText: 'Báo cáo số 12/BC-TCKH.' } })).submitTaskResult.data;
    expect(first.status).toBe('AWAITING_EVALUATION');
    const noWhy = (await leader.ok(EVALUATE, { input: { taskId: parentId, decision: 'REOPEN' } })).evaluateTask;
    expect(noWhy.fieldErrors).toEqual([{ field: 'note', code: 'REQUIRED', message: 'Vui lòng nhập lý do chưa đạt.' }]);
    const reopened = (await leader.ok(EVALUATE, { input: { taskId: parentId, decision: 'REOPEN', note: 'Thiếu số liệu quý IV.' } })).evaluateTask.data;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', statusReason: 'Thiếu số liệu quý IV.' });
    await poll(() => deadlineRow(parentId), (d) => d?.status === 'pending');
    await head.ok(SUBMIT, { input: { taskId: parentId, resultText: 'Báo cáo bổ sung số 15/BC-TCKH.' } });
    const done = (await leader.ok(EVALUATE, { input: { taskId: parentId, decision: 'ACCEPT', rating: 4 } })).evaluateTask.data;
    expect(done).toMatchObject({ status: 'DONE', viewStatus: 'DONE_ON_TIME', rating: 4 });
    expect(done.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k.startsWith('task.'))).toEqual([
      'task.created',
      'task.accepted',
      'task.subtask_created',
      'task.extension_requested',
      'task.extension_refused',
      'task.progress_reported',
      'task.result_submitted',
      'task.reopened',
      'task.result_submitted',
      'task.evaluated',
    ]);
    expect(done.timeline.at(-1).summary).toBe('Đánh giá: hoàn thành đúng hạn, xếp loại 4/5.');
  });

  it('a person refuses a task given in working days; the assigner is told', async () => {
    const t = (await create(chief, { title: 'Cập nhật danh mục hồ sơ', dueDate: null, dueInWorkingDays: 3, lead: { userId: ids['chuyenvien.nv'] } })).data;
    expect(t.dueInWorkingDays).toBe(3);
    expect(t.dueDate > vnDate(0)).toBe(true);
    const empty = (await nvSpecialist.ok(REFUSE, { input: { taskId: t.id, reason: '' } })).refuseTask;
    expect(empty.fieldErrors).toEqual([{ field: 'reason', code: 'REQUIRED', message: 'Vui lòng nhập lý do từ chối.' }]);
    const refused = (await nvSpecialist.ok(REFUSE, { input: { taskId: t.id, reason: 'Không thuộc chức năng của phòng.' } })).refuseTask.data;
    expect(refused).toMatchObject({ status: 'REFUSED', viewStatus: 'REFUSED', statusReason: 'Không thuộc chức năng của phòng.', myActions: [] });
    expect(await notices(ids.chanhvanphong!, t.id)).toEqual([{ kind: 'task.updated', title: 'Nhiệm vụ bị từ chối' }]);
    await poll(() => deadlineRow(t.id), (d) => d?.status === 'cancelled');
  });

  it('đôn đốc, then cancel: the open subtask is cancelled with its parent', async () => {
    const t = (await create(leader, { title: 'Kiểm tra hiện trạng đất công', dueDate: vnDate(12), lead: { unitId: units.TCKH } })).data;
    await head.ok(ACCEPT, { id: t.id });
    const sub = (await head.ok(SUBTASK, { input: { parentId: t.id, title: 'Khảo sát', leadUserId: ids['chuyenvien2.tckh'], dueDate: vnDate(7) } })).createSubtask.data;
    expect((await head.ok(NUDGE, { input: { taskId: t.id } })).nudgeTask).toMatchObject({ code: 'FORBIDDEN' });
    await leader.ok(NUDGE, { input: { taskId: t.id, message: 'Đề nghị khẩn trương.' } });
    expect(await notices(ids['truongphong.tckh']!, t.id)).toContainEqual({ kind: 'task.nudge', title: 'Đôn đốc thực hiện nhiệm vụ' });
    const noReason = (await leader.ok(CANCEL, { input: { taskId: t.id, reason: ' ' } })).cancelTask;
    expect(noReason.fieldErrors).toEqual([{ field: 'reason', code: 'REQUIRED', message: 'Vui lòng nhập lý do hủy.' }]);
    const cancelled = (await leader.ok(CANCEL, { input: { taskId: t.id, reason: 'Đã có chỉ đạo khác.' } })).cancelTask.data;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', viewStatus: 'CANCELLED' });
    const subAfter = await poll(
      async () => (await leader.ok(GET, { id: sub.id })).task,
      (s) => s.status === 'CANCELLED',
    );
    expect(subAfter.statusReason).toBe('Nhiệm vụ cha đã kết thúc: Đã có chỉ đạo khác.');
    expect((await leader.ok(NUDGE, { input: { taskId: t.id } })).nudgeTask).toMatchObject({ code: 'TASK_WRONG_STATE' });
  });

  it('lists by deadline with filters and cursors, and the dashboard', async () => {
    const mine = (await head.ok(LIST, { scope: 'MINE', first: 50 })).tasks;
    expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(parentId);
    const dues = mine.edges.map((e: { node: { dueDate: string } }) => e.node.dueDate);
    expect([...dues].sort()).toEqual(dues);

    const assigned = (await leader.ok(LIST, { scope: 'ASSIGNED_BY_ME', filter: { statuses: ['DONE_ON_TIME'] } })).tasks;
    expect(assigned.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(parentId);
    expect(assigned.edges.every((e: { node: { viewStatus: string } }) => e.node.viewStatus === 'DONE_ON_TIME')).toBe(true);

    const page1 = (await leader.ok(LIST, { scope: 'ALL', first: 1 })).tasks;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await leader.ok(LIST, { scope: 'ALL', first: 1, after: page1.pageInfo.endCursor })).tasks;
    expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);
    expect(page1.totalCount).toBeGreaterThanOrEqual(4);

    const unit = (await head.ok(LIST, { scope: 'UNIT', filter: { q: 'ra soat ho so' } })).tasks;
    expect(unit.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(parentId);
    const forbidden = await specialist.request(LIST, { scope: 'ALL' });
    expect(forbidden.errors?.[0]?.message).toBe('Bạn không có quyền xem tất cả nhiệm vụ.');
    const badFilter = await leader.request(LIST, { scope: 'ALL', filter: { dueFrom: vnDate(5), dueTo: vnDate(1) } });
    expect(badFilter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const DASH = `query($from: Date!, $to: Date!, $unitId: ID) { taskDashboard(from: $from, to: $to, unitId: $unitId) { __typename ... on Error { code message }
      ... on QueryTaskDashboardSuccess { data { total { total doneOnTime refused cancelled inProgressOnTime }
        byUnit { unit { code } total doneOnTime } byPerson { user { username unit { code } } total refused inProgressOverdue } personCount overdue { id } } } } }`;
    type PersonRow = { user: { username: string; unit: { code: string } }; total: number; refused: number; inProgressOverdue: number };
    const dash = (await leader.ok(DASH, { from: vnDate(0), to: vnDate(30) })).taskDashboard.data;
    expect(dash.total.doneOnTime).toBeGreaterThanOrEqual(2);
    expect(dash.total.refused).toBeGreaterThanOrEqual(1);
    expect(dash.byUnit.find((u: { unit: { code: string } }) => u.unit.code === 'TCKH').doneOnTime).toBeGreaterThanOrEqual(2);
    expect(dash.byPerson.find((p: PersonRow) => p.user.username === 'chuyenvien.nv').refused).toBeGreaterThanOrEqual(1);
    // Fewer people than the top list holds: every one is shown, most overdue first, then most tasks.
    expect(dash.byPerson.length).toBe(dash.personCount);
    const order = dash.byPerson.map((p: PersonRow) => [-p.inProgressOverdue, -p.total]);
    expect([...order].sort((a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!)).toEqual(order);
    const nvDash = (await leader.ok(DASH, { from: vnDate(0), to: vnDate(30), unitId: units.NV })).taskDashboard.data;
    expect(nvDash.byUnit.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['NV']);
    expect(nvDash.byPerson.map((p: PersonRow) => p.user.unit.code)).toEqual(nvDash.byPerson.map(() => 'NV'));
    expect(nvDash.personCount).toBeGreaterThanOrEqual(1);
    const headDash = (await head.ok(DASH, { from: vnDate(0), to: vnDate(30) })).taskDashboard.data;
    expect(headDash.byUnit.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['TCKH']);
    expect((await specialist.ok(DASH, { from: vnDate(0), to: vnDate(30) })).taskDashboard).toMatchObject({
      __typename: 'DomainError',
      code: 'FORBIDDEN',
      message: 'Bạn không có quyền xem bảng theo dõi nhiệm vụ.',
    });
  });

  it('phối hợp: the unit head and the person see the open task in their open-only list, paged by deadline; its rows follow the deadline and the status', async () => {
    const OPEN_MINE = (first: number, after?: string) => ({ scope: 'MINE', filter: { openOnly: true }, first, ...(after ? { after } : {}) });
    const t = (
      await create(leader, {
        title: 'Phối hợp kiểm tra đất đai',
        dueDate: vnDate(40),
        lead: { unitId: units.TCKH },
        coordinators: [{ unitId: units.TNMT }, { userId: ids['chuyenvien.nv'] }],
      })
    ).data;
    const coordinatorRows = async () =>
      (await db.query(`select c.due_at = t.due_at as same_due, c.is_open from task_coordinator c join task t on t.id = c.task_id where c.task_id = $1`, [t.id])).rows;
    expect(await coordinatorRows()).toEqual([
      { same_due: true, is_open: true },
      { same_due: true, is_open: true },
    ]);
    const idsOf = (page: { edges: Array<{ node: { id: string } }> }) => page.edges.map((e) => e.node.id);
    const all = (await otherHead.ok(LIST, OPEN_MINE(100))).tasks;
    expect(idsOf(all)).toContain(t.id);
    const dues = all.edges.map((e: { node: { dueDate: string } }) => e.node.dueDate);
    expect([...dues].sort()).toEqual(dues);
    // One row a page, keyset on (deadline, id): the same tasks in the same order.
    const paged: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = (await otherHead.ok(LIST, OPEN_MINE(1, after))).tasks;
      paged.push(...idsOf(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(idsOf(all));
    expect(idsOf((await nvSpecialist.ok(LIST, OPEN_MINE(100))).tasks)).toContain(t.id);

    await head.ok(ACCEPT, { id: t.id });
    const ext = (await head.ok(REQUEST_EXT, { input: { taskId: t.id, newDueDate: vnDate(45), reason: 'Chờ kết quả đo đạc.' } })).requestTaskExtension.data;
    expect((await leader.ok(APPROVE_EXT, { input: { extensionId: ext.pendingExtension.id, note: 'Đồng ý.' } })).approveTaskExtension.data.dueDate).toBe(vnDate(45));
    expect(await coordinatorRows()).toEqual([
      { same_due: true, is_open: true },
      { same_due: true, is_open: true },
    ]);

    await leader.ok(CANCEL, { input: { taskId: t.id, reason: 'Đã có chỉ đạo khác.' } });
    expect(await coordinatorRows()).toEqual([
      { same_due: true, is_open: false },
      { same_due: true, is_open: false },
    ]);
    expect(idsOf((await otherHead.ok(LIST, OPEN_MINE(100))).tasks)).not.toContain(t.id);
    expect(idsOf((await nvSpecialist.ok(LIST, OPEN_MINE(100))).tasks)).not.toContain(t.id);
    expect(idsOf((await otherHead.ok(LIST, { scope: 'MINE', first: 100 })).tasks)).toContain(t.id);
  });
});
