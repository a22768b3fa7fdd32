import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { loadConfig } from '../../backend/src/config/config.ts';
import { findOrInstallTemporalCli } from '../../backend/src/temporal/dev-server.ts';
import { workflowBundle } from '../../backend/src/temporal/worker.ts';
import { taskWorkflowId } from '../../workflows/src/task/messages.ts';
import { GqlClient } from '../support/graphql-client.ts';
import { unitIdByCode, vnDate } from '../support/incoming.ts';

const stack = inject('stack');
let client: Client;
beforeAll(async () => {
  client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
});
afterAll(() => client.connection.close());

/** Replays a finished task's history; with RECORD_HISTORIES=<name> also writes it as task-<name>-<suffix>.json. */
async function replayAndRecord(taskId: string, suffix: string) {
  const handle = client.workflow.getHandle(taskWorkflowId(taskId));
  for (let i = 0; i < 100 && (await handle.describe()).status.name === 'RUNNING'; i++) await new Promise((r) => setTimeout(r, 100));
  expect((await handle.describe()).status.name).toBe('COMPLETED');
  await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, await handle.fetchHistory());
  const name = process.env.RECORD_HISTORIES;
  if (name) {
    const target = fileURLToPath(new URL(`../fixtures/histories/task-${name}-${suffix}.json`, import.meta.url));
    // The official CLI writes the proto-JSON form that historyFromJSON reads (see workflow-history.test.ts).
    const { temporal } = loadConfig();
    const cli = await findOrInstallTemporalCli({ cliPath: temporal.cliPath, cacheDir: temporal.cacheDir, log: console.log });
    await writeFile(target, execFileSync(cli, ['workflow', 'show', '--workflow-id', handle.workflowId, '--address', stack.temporalAddress, '--output', 'json']));
  }
}

const ok = (typename: string) => `__typename ... on Error { code message } ... on ${typename} { data { id status dueDate pendingExtension { id } } }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${ok('MutationCreateTaskSuccess')} } }`;
const ACCEPT = `mutation($id: ID!) { acceptTask(taskId: $id) { ${ok('MutationAcceptTaskSuccess')} } }`;
const SUBTASK = `mutation($input: CreateSubtaskInput!) { createSubtask(input: $input) { ${ok('MutationCreateSubtaskSuccess')} } }`;
const REPORT = `mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { ${ok('MutationReportTaskProgressSuccess')} } }`;
const REQUEST_EXT = `mutation($input: RequestTaskExtensionInput!) { requestTaskExtension(input: $input) { ${ok('MutationRequestTaskExtensionSuccess')} } }`;
const APPROVE_EXT = `mutation($input: DecideTaskExtensionInput!) { approveTaskExtension(input: $input) { ${ok('MutationApproveTaskExtensionSuccess')} } }`;
const SUBMIT = `mutation($input: SubmitTaskResultInput!) { submitTaskResult(input: $input) { ${ok('MutationSubmitTaskResultSuccess')} } }`;
const EVALUATE = `mutation($input: EvaluateTaskInput!) { evaluateTask(input: $input) { ${ok('MutationEvaluateTaskSuccess')} } }`;

/**
 * A task taken through a subtask, weekly reports, an extension, a reopening and evaluation replays against
 * today's workflow code; the parent's and the subtask's (child workflow) histories are recorded apart, and
 * the replay unit test beside the workflow keeps them honest.
 */
it('replays the histories of a task and its subtask, from creation to evaluation', async () => {
  const leader = new GqlClient(stack.url);
  const head = new GqlClient(stack.url);
  const specialist = new GqlClient(stack.url);
  await Promise.all([leader.login('chutich'), head.login('truongphong.tckh')]);
  const specialistId = (await specialist.login('chuyenvien.tckh')).id;
  const lead = { unitId: await unitIdByCode(leader, 'TCKH') };

  const task = (await leader.ok(CREATE, { input: { title: 'Rà soát tiến độ giải ngân vốn đầu tư công', dueDate: vnDate(20), lead, reportFrequency: 'WEEKLY', reportWeekday: 5 } }))
    .createTask.data;
  expect((await head.ok(ACCEPT, { id: task.id })).acceptTask.data.status).toBe('IN_PROGRESS');

  const sub = (await head.ok(SUBTASK, { input: { parentId: task.id, title: 'Tổng hợp số liệu giải ngân', leadUserId: specialistId, dueDate: vnDate(10) } })).createSubtask
    .data;
  await specialist.ok(ACCEPT, { id: sub.id });
  await specialist.ok(REPORT, { input: { taskId: sub.id, percent: 60, text: 'Đã tổng hợp 6/10 dự án.' } });
  await specialist.ok(SUBMIT, { input: { taskId: sub.id, resultText: 'Đã tổng hợp đủ 10 dự án.' } });
  expect((await head.ok(EVALUATE, { input: { taskId: sub.id, decision: 'ACCEPT', rating: 5 } })).evaluateTask.data.status).toBe('DONE');

  await head.ok(REPORT, { input: { taskId: task.id, percent: 70, text: 'Đã có số liệu của các phòng.' } });
  const ext = (await head.ok(REQUEST_EXT, { input: { taskId: task.id, newDueDate: vnDate(25), reason: 'Chờ số liệu của Kho bạc.' } })).requestTaskExtension.data;
  expect((await leader.ok(APPROVE_EXT, { input: { extensionId: ext.pendingExtension.id, note: 'Đồng ý.' } })).approveTaskExtension.data.dueDate).toBe(vnDate(25));
  await head.ok(SUBMIT, { input: { taskId: task.id, resultText: 'Báo cáo số 12/BC-TCKH.' } });
  expect((await leader.ok(EVALUATE, { input: { taskId: task.id, decision: 'REOPEN', note: 'Thiếu số liệu quý IV.' } })).evaluateTask.data.status).toBe('IN_PROGRESS');
  await head.ok(SUBMIT, { input: { taskId: task.id, resultText: 'Báo cáo bổ sung số 15/BC-TCKH.' } });
  expect((await leader.ok(EVALUATE, { input: { taskId: task.id, decision: 'ACCEPT', rating: 4 } })).evaluateTask.data.status).toBe('DONE');

  await replayAndRecord(sub.id, 'subtask');
  await replayAndRecord(task.id, 'parent');
});
