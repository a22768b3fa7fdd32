import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';
import { minimalPdf } from '../fixtures/files.ts';
import { GqlClient } from '../support/graphql-client.ts';
import { incomingBookId, REGISTER, registrationInput } from '../support/incoming.ts';

const stack = inject('stack');
const shots = 'test-results/e2e';
let browser: Browser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(() => browser?.close());

/** A Vietnamese calendar date `offsetDays` from today, as typed into the date fields (dd/MM/yyyy). */
const vnDate = (offsetDays: number) => {
  const d = new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
};

async function signIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })).newPage();
  // What each user saw when a step failed is the quickest way to the cause.
  onTestFailed(() => page.screenshot({ path: `${shots}/task-failed-${username}.png`, fullPage: true }).then(() => undefined));
  await page.goto(stack.url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

async function pick(page: Page, testId: string, option: string) {
  // The previous list may still be fading out, with an item of the same name in it.
  await expect.poll(() => page.locator('.el-select__popper:visible').count()).toBe(0);
  await page.getByTestId(testId).click();
  await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: option }).first().click();
}

async function typeDate(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.press('Enter');
}

/** One of the task's actions: its button, then the dialog's confirmation (two clicks, plus what is typed). */
async function act(page: Page, action: string, fill: () => Promise<void> = async () => {}, confirm = 'task-dialog-confirm') {
  await page.getByTestId(`task-action-${action}`).click();
  await fill();
  await page.getByTestId(confirm).click();
  await page.locator('.el-dialog').filter({ has: page.getByTestId(confirm) }).waitFor({ state: 'hidden' });
}

const status = (page: Page) => page.getByTestId('task-page').getByTestId('task-view-status').first().textContent();

it('leader assigns a unit → head accepts, reports, asks for more time → leader extends → head submits → leader evaluates', { timeout: 180_000 }, async () => {
  const title = `Rà soát, báo cáo tiến độ giải ngân vốn đầu tư công quý ${Date.now()}`;

  // Chủ tịch gives the task to Phòng Tài chính – Kế hoạch, with Phòng Nội vụ co-operating and a weekly report.
  const leader = await signIn('chutich');
  await leader.getByTestId('menu-task-create').click();
  await leader.getByTestId('task-form').waitFor();
  await leader.getByTestId('task-submit').click();
  // Nothing was sent: each missing field says what it needs, in Vietnamese.
  await expect.poll(() => leader.locator('.el-form-item__error').allTextContents()).toEqual(
    expect.arrayContaining(['Vui lòng nhập tiêu đề', 'Vui lòng chọn chủ trì', 'Vui lòng chọn hạn hoàn thành']),
  );
  await leader.getByTestId('task-title').fill(title);
  await leader.getByTestId('task-content').fill('Rà soát từng dự án, đề xuất điều chuyển vốn của dự án chậm giải ngân.');
  await pick(leader, 'task-lead', 'Phòng Tài chính – Kế hoạch');
  await pick(leader, 'task-coordinators', 'Phòng Nội vụ');
  await leader.keyboard.press('Escape');
  await typeDate(leader, 'task-due-date', vnDate(7));
  await leader.getByTestId('task-priority-HIGH').click();
  await pick(leader, 'task-report-frequency', 'Hằng tuần');
  await pick(leader, 'task-report-weekday', 'Thứ Sáu');
  await leader.locator('[data-testid=task-files] input[type=file]').setInputFiles({ name: 'danh-muc-du-an.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await leader.screenshot({ path: `${shots}/task-1-create.png`, fullPage: true });
  await leader.getByTestId('task-submit').click();
  await leader.getByTestId('task-page').waitFor();
  await expect.poll(() => leader.getByTestId('task-title').textContent()).toBe(title);
  await expect.poll(() => leader.getByTestId('task-step').textContent()).toContain('Chờ tiếp nhận');
  expect(await leader.getByTestId('task-lead').textContent()).toContain('Phòng Tài chính – Kế hoạch');
  expect(await leader.getByTestId('task-coordinators').textContent()).toContain('Phòng Nội vụ');
  expect(await leader.getByTestId('task-due-date').textContent()).toBe(vnDate(7));
  expect(await leader.getByTestId('task-file').count()).toBe(1);
  const taskUrl = leader.url();

  // The head of the unit finds it in "Việc của tôi" and accepts it.
  const head = await signIn('truongphong.tckh');
  await head.getByTestId('menu-tasks-mine').click();
  await head.getByTestId('task-row').filter({ hasText: title }).click();
  await head.getByTestId('task-page').waitFor();
  await act(head, 'ACCEPT');
  await expect.poll(() => status(head)).toContain('Đang thực hiện trong hạn');

  // Progress at 40 %, with a file.
  await act(head, 'REPORT_PROGRESS', async () => {
    await head.locator('[data-testid=task-dialog-percent] input').fill('40');
    await head.locator('[data-testid=task-dialog-percent] input').press('Tab');
    await head.getByTestId('task-dialog-text').fill('Đã rà soát 12/30 dự án; 3 dự án cần điều chuyển vốn.');
    await head.locator('[data-testid=task-dialog-files] input[type=file]').setInputFiles({ name: 'bao-cao-tien-do.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Tien do') });
  });
  await expect.poll(() => head.getByTestId('task-report').count()).toBe(1);
  expect(await head.getByTestId('task-report-text').textContent()).toContain('12/30 dự án');
  expect(await head.getByTestId('task-report-files').getByTestId('task-file').count()).toBe(1);
  await expect.poll(() => head.getByTestId('task-progress').textContent()).toContain('40%');

  // An extension earlier than the deadline is refused before anything is sent; a later one is asked for.
  await head.getByTestId('task-action-REQUEST_EXTENSION').click();
  await head.getByTestId('task-dialog-reason').fill('Chờ số liệu của Kho bạc Nhà nước đến cuối tháng.');
  await head.getByTestId('task-dialog-confirm').click();
  await expect.poll(() => head.locator('.el-dialog .el-form-item__error').allTextContents()).toContain('Vui lòng chọn hạn đề nghị');
  await typeDate(head, 'task-dialog-new-due', vnDate(14));
  await head.screenshot({ path: `${shots}/task-2-extension-request.png`, fullPage: true });
  await head.getByTestId('task-dialog-confirm').click();
  await expect.poll(() => head.getByTestId('task-extension').getAttribute('data-status')).toBe('PENDING');

  // The leader approves it: the deadline moves.
  await leader.goto(taskUrl);
  await leader.getByTestId('task-pending-extension').waitFor();
  await leader.screenshot({ path: `${shots}/task-3-extension-decide.png`, fullPage: true });
  await act(leader, 'DECIDE_EXTENSION', () => leader.getByTestId('task-dialog-note').fill('Đồng ý, đề nghị báo cáo đúng hạn mới.'), 'task-dialog-approve-extension');
  await expect.poll(() => leader.getByTestId('task-due-date').textContent()).toBe(vnDate(14));
  expect(await leader.getByTestId('task-extension').getAttribute('data-status')).toBe('APPROVED');

  // The head submits the result.
  await head.reload();
  await expect.poll(() => head.getByTestId('task-due-date').textContent()).toBe(vnDate(14));
  await act(head, 'SUBMIT_RESULT', async () => {
    await head.getByTestId('task-dialog-result').fill('Đã hoàn thành rà soát 30 dự án; dự thảo tờ trình điều chuyển vốn kèm theo.');
    await head.locator('[data-testid=task-dialog-files] input[type=file]').setInputFiles({ name: 'to-trinh.pdf', mimeType: 'application/pdf', buffer: minimalPdf('To trinh') });
  });
  await expect.poll(() => head.getByTestId('task-step').textContent()).toContain('Chờ đánh giá');

  // The leader evaluates: accepted, rated 4 of 5, done on time.
  await leader.reload();
  await leader.getByTestId('task-result').waitFor();
  await act(leader, 'EVALUATE', async () => {
    await leader.getByTestId('task-dialog-decision-ACCEPT').click();
    await leader.locator('[data-testid=task-dialog-rating] .el-rate__item').nth(3).click();
    await leader.getByTestId('task-dialog-note').fill('Hoàn thành tốt.');
  });
  await expect.poll(() => status(leader)).toContain('Hoàn thành đúng hạn');
  expect(await leader.getByTestId('task-evaluation').textContent()).toContain('Hoàn thành đúng hạn');
  expect(await leader.getByTestId('task-action-panel').getByRole('button').count()).toBe(0);
  const summaries = await leader.getByTestId('task-timeline-summary').allTextContents();
  expect(summaries.length).toBeGreaterThanOrEqual(7);
  await leader.screenshot({ path: `${shots}/task-4-done.png`, fullPage: true });

  // "Việc tôi giao" shows it green, and the dashboard counts it.
  await leader.getByTestId('menu-tasks-assigned').click();
  await leader.getByTestId('chip-all').click();
  await expect.poll(() => leader.getByTestId('task-row').filter({ hasText: title }).getAttribute('data-status')).toBe('DONE_ON_TIME');
  await leader.screenshot({ path: `${shots}/task-5-assigned-list.png`, fullPage: true });
  await leader.getByTestId('menu-task-dashboard').click();
  await leader.getByTestId('dashboard-preset-year').click();
  await expect.poll(async () => Number(await leader.getByTestId('dashboard-tile-DONE_ON_TIME').locator('.tile-value').textContent())).toBeGreaterThan(0);
  await leader.getByTestId('dashboard-by-unit').getByTestId('status-bar').first().waitFor();
  // Beside the tasks, the leader sees the dispatch of signed documents for the same period (Decision 28).
  await expect.poll(() => leader.getByTestId('dashboard-dispatch-rate').textContent()).toMatch(/văn bản đã ký/);
  await leader.getByTestId('dashboard-dispatch').screenshot({ path: `${shots}/task-6-dashboard-dispatch.png` });
  await leader.screenshot({ path: `${shots}/task-6-dashboard.png`, fullPage: true });
  // One unit: its row alone, and all of its people (no "top people" note).
  await pick(leader, 'dashboard-unit', 'Phòng Tài chính – Kế hoạch');
  await expect.poll(() => leader.getByTestId('dashboard-by-unit').getByTestId('status-bar-label').allTextContents().then((xs) => xs.map((x) => x.trim()))).toEqual(['Phòng Tài chính – Kế hoạch']);
  expect(await leader.getByTestId('dashboard-people-note').count()).toBe(0);
});

it('a task given from an incoming document is listed on the document and links back to it', { timeout: 120_000 }, async () => {
  const clerk = new GqlClient(stack.url);
  await clerk.login('vanthu');
  const subject = `V/v kiểm tra công tác phòng cháy chữa cháy ${Date.now()}`;
  const reg = await clerk.ok(REGISTER, { input: registrationInput(await incomingBookId(clerk), { subject }) });
  const documentId: string = reg.registerIncomingDocument.data.id;

  const leader = await signIn('chutich');
  await leader.goto(`${stack.url}/incoming/${documentId}`);
  await leader.getByTestId('document-tasks').waitFor();
  await leader.getByTestId('document-tasks-create').click();
  await expect.poll(() => leader.getByTestId('task-source-document').textContent()).toContain(subject);
  await leader.getByTestId('task-title').fill('Kiểm tra phòng cháy chữa cháy tại các trường học');
  await pick(leader, 'task-lead', 'Ngô Văn Hải');
  await leader.getByTestId('task-deadline-mode-days').click();
  await leader.locator('[data-testid=task-due-days] input').fill('5');
  await leader.locator('[data-testid=task-due-days] input').press('Tab');
  await leader.getByTestId('task-submit').click();
  await leader.getByTestId('task-page').waitFor();
  expect(await leader.getByTestId('task-source-link').textContent()).toContain(subject);
  await leader.screenshot({ path: `${shots}/task-7-from-document.png`, fullPage: true });

  await leader.getByTestId('task-source-link').click();
  await leader.getByTestId('document-page').waitFor();
  await expect.poll(() => leader.getByTestId('document-task').count()).toBe(1);
  expect(await leader.getByTestId('document-task').textContent()).toContain('Ngô Văn Hải');
  await leader.screenshot({ path: `${shots}/task-8-document-tasks.png`, fullPage: true });

  // The chủ trì may refuse, with a reason; the assigner sees it, and the task is closed.
  const person = await signIn('chuyenvien.tnmt');
  await person.getByTestId('menu-tasks-mine').click();
  await person.getByTestId('task-row').filter({ hasText: 'Kiểm tra phòng cháy' }).first().click();
  await act(person, 'REFUSE', () => person.getByTestId('task-dialog-reason').fill('Không thuộc lĩnh vực được phân công.'));
  await expect.poll(() => status(person)).toContain('Bị từ chối');
  expect(await person.getByTestId('task-status-reason').textContent()).toContain('Không thuộc lĩnh vực');
});

it('a unit head splits a task into a subtask for a specialist, and the parent shows its progress', { timeout: 120_000 }, async () => {
  const title = `Tổng hợp hiện trạng sử dụng đất công ${Date.now()}`;
  const leaderApi = new GqlClient(stack.url);
  await leaderApi.login('chutich');
  const units = await leaderApi.ok(`{ units { id code } }`);
  const tnmt = units.units.find((u: { code: string }) => u.code === 'TNMT').id;
  const isoDate = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10);
  const created = await leaderApi.ok(
    `mutation($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on MutationCreateTaskSuccess { data { id } } ... on Error { message } } }`,
    { input: { title, lead: { unitId: tnmt }, dueDate: isoDate(10) } },
  );
  expect(created.createTask.__typename).toBe('MutationCreateTaskSuccess');
  const taskId: string = created.createTask.data.id;

  const head = await signIn('truongphong.tnmt');
  await head.goto(`${stack.url}/tasks/${taskId}`);
  await act(head, 'ACCEPT');
  await head.getByTestId('task-action-CREATE_SUBTASK').click();
  await head.getByTestId('task-form-parent').waitFor();
  await head.getByTestId('task-title').fill('Khảo sát các thửa đất công tại xã A');
  await pick(head, 'task-lead', 'Ngô Văn Hải');
  // A subtask cannot outlive its parent: a later day is not taken, so nothing is sent.
  expect(await head.getByTestId('task-form-parent').textContent()).toContain(vnDate(10));
  await typeDate(head, 'task-due-date', vnDate(12));
  await head.getByTestId('task-submit').click();
  await expect.poll(() => head.locator('.el-form-item__error').allTextContents()).toContain('Vui lòng chọn hạn hoàn thành');
  await typeDate(head, 'task-due-date', vnDate(6));
  await head.screenshot({ path: `${shots}/task-9-subtask-form.png`, fullPage: true });
  await head.getByTestId('task-submit').click();
  await head.getByTestId('task-subtask').waitFor();
  expect(await head.getByTestId('task-subtask').textContent()).toContain('Ngô Văn Hải');

  const specialist = await signIn('chuyenvien.tnmt');
  await specialist.getByTestId('menu-tasks-mine').click();
  await specialist.getByTestId('task-row').filter({ hasText: 'Khảo sát các thửa đất công' }).first().click();
  await act(specialist, 'ACCEPT');
  await act(specialist, 'REPORT_PROGRESS', async () => {
    await specialist.locator('[data-testid=task-dialog-percent] input').fill('50');
    await specialist.locator('[data-testid=task-dialog-percent] input').press('Tab');
    await specialist.getByTestId('task-dialog-text').fill('Đã khảo sát 5/10 thửa.');
  });
  await specialist.getByTestId('task-parent-link').click();
  await expect.poll(() => specialist.getByTestId('task-subtask-summary').textContent()).toContain('50%');
  await head.reload();
  await expect.poll(() => head.getByTestId('task-subtask-summary').textContent()).toContain('0/1');
  await head.screenshot({ path: `${shots}/task-10-parent-with-subtask.png`, fullPage: true });
});
