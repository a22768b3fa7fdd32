import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';
import { GqlClient } from '../support/graphql-client.ts';
import { DIRECT, REGISTER, incomingBookId, registrationInput, unitIdByCode, vnDate } from '../support/incoming.ts';

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

afterAll(async () => {
  // Back to the defaults for the files that run after this one.
  const admin = new GqlClient(stack.url);
  await admin.login('quantri');
  const { version } = (await admin.ok(`{ deadlineSettings { version } }`)).deadlineSettings;
  await admin.ok(`mutation($input: UpdateDeadlineSettingsInput!) { updateDeadlineSettings(input: $input) { __typename } }`, {
    input: { expectedVersion: version, directionReminderWorkingHours: 2, assignmentReminderWorkingDays: 1 },
  });
  await browser?.close();
});

async function signIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })).newPage();
  await page.goto(stack.url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

it('the administrator changes how far ahead reminders go, and sees who changed what', { timeout: 90_000 }, async () => {
  const page = await signIn('quantri');
  await page.getByTestId('menu-deadline-settings').click();
  await page.getByTestId('deadline-settings-page').waitFor();
  expect(await page.getByTestId('deadline-settings-applies').textContent()).toContain('Thay đổi áp dụng cho');
  const days = page.getByTestId('setting-assignmentReminderWorkingDays').locator('input');
  await days.fill('2');
  await days.press('Tab');
  await page.getByTestId('deadline-settings-note').fill('Nhắc sớm hơn theo quy chế');
  await page.getByTestId('deadline-settings-save').click();
  const row = page.getByTestId('deadline-settings-history-row').filter({ hasText: '1 → 2 ngày làm việc' }).first();
  await row.waitFor();
  expect(await row.textContent()).toContain('Nhắc trước hạn xử lý của phần việc: 1 → 2 ngày làm việc');
  expect(await row.textContent()).toContain('Quản trị hệ thống');
  expect(await row.textContent()).toContain('Nhắc sớm hơn theo quy chế');
  expect(await page.getByTestId('deadline-settings-status').textContent()).toContain('Quản trị hệ thống');
  await page.screenshot({ path: `${shots}/deadline-settings.png`, fullPage: true });
});

it('a unit head finds the new part in the bell', { timeout: 90_000 }, async () => {
  const [clerk, leader] = [new GqlClient(stack.url), new GqlClient(stack.url)];
  await Promise.all([clerk.login('vanthu'), leader.login('chutich')]);
  const subject = `V/v rà soát hồ sơ đất đai ${Date.now()}`;
  const doc = (await clerk.ok(REGISTER, { input: registrationInput(await incomingBookId(clerk), { subject }) })).registerIncomingDocument.data;
  await leader.ok(DIRECT, { input: { documentId: doc.id, direction: 'Giao phòng chủ trì.', lead: { unitId: await unitIdByCode(leader, 'TNMT'), deadline: vnDate(5) } } });

  const page = await signIn('truongphong.tnmt');
  await page.getByTestId('notification-bell').click();
  const item = page.getByTestId('notification-item').filter({ hasText: subject }).first();
  await item.waitFor();
  expect(await item.getAttribute('data-kind')).toBe('ASSIGNMENT_RECEIVED');
  expect(await item.textContent()).toContain('Được giao chủ trì xử lý văn bản');
  expect((await item.getByTestId('notification-kind').textContent())?.trim()).toBe('Giao việc');
  await page.screenshot({ path: `${shots}/notification-assignment.png` });
  await item.click();
  await page.waitForURL(`**/incoming/${doc.id}`);
});
