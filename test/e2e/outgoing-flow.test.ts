import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';
import { minimalPdf } from '../fixtures/files.ts';

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

async function signIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })).newPage();
  await page.goto(stack.url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.el-select__popper:visible .el-select-dropdown__item', { hasText: option }).first().click();
}

async function openFromBox(page: Page, box: string, subject: string) {
  await page.getByTestId(`menu-outgoing-${box}`).click();
  await page.getByTestId('outgoing-box-page').and(page.locator(`[data-box="${box}"]`)).waitFor();
  await page.getByTestId('outgoing-row').filter({ hasText: subject }).first().click();
  await page.getByTestId('outgoing-status').waitFor();
}

const status = (page: Page) => page.getByTestId('outgoing-status').textContent();
/** Each step is a Temporal Update and a refetch: on a busy machine that takes more than expect.poll's default second. */
const slow = { timeout: 30_000 };

it('drafter → review → return → revise → approve → sign → issue → the internal recipient receives it, in the browser', { timeout: 240_000 }, async () => {
  const subject = `V/v triển khai kế hoạch cải cách hành chính ${Date.now()}`;

  // The specialist drafts a công văn to Phòng Nội vụ and an agency of the directory, and submits it along the suggested chain.
  const drafter = await signIn('chuyenvien.tckh');
  await drafter.getByTestId('menu-outgoing-new').click();
  await drafter.getByTestId('outgoing-draft-form').waitFor();
  await pick(drafter, 'draft-documentTypeCode', 'Công văn');
  await drafter.getByTestId('draft-subject').fill(subject);
  await drafter.getByTestId('add-recipient-UNIT').click();
  await pick(drafter, 'recipient-unit-0', 'Phòng Nội vụ');
  await drafter.getByTestId('add-recipient-AGENCY').click();
  await drafter.getByTestId('recipient-agency-1').fill('tai chinh hau giang');
  await drafter.locator('.el-autocomplete-suggestion li', { hasText: 'Sở Tài chính tỉnh Hậu Giang' }).first().click();
  // The suggested chain: the head of the unit reviews, a leader signs; the drafter names the signer.
  await expect.poll(() => drafter.getByTestId('chain-step').count(), slow).toBe(2);
  await pick(drafter, 'chain-reviewer-1', 'Lê Văn Minh');

  // Submitting without the draft file is refused on the spot, and nothing typed is lost.
  await drafter.getByTestId('draft-submit').click();
  await expect.poll(() => drafter.getByTestId('form-error').textContent(), slow).toContain('kiểm tra lại');
  await expect.poll(() => drafter.getByTestId('outgoing-draft-form').textContent(), slow).toContain('Vui lòng đính kèm tệp dự thảo');
  expect(await drafter.getByTestId('draft-subject').inputValue()).toBe(subject);
  await drafter.screenshot({ path: `${shots}/outgoing-1-draft-refused.png`, fullPage: true });

  await drafter.locator('[data-testid=draft-files] input[type=file]').setInputFiles({ name: 'du-thao-v1.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Du thao 1') });

  // A name longer than the server takes: its InputError lands under that recipient's row, and nothing is created or lost.
  await drafter.getByTestId('add-recipient-INDIVIDUAL').click();
  await drafter.getByTestId('recipient-name-2').fill(`Ông ${'Nguyễn Văn A '.repeat(20)}`);
  await drafter.getByTestId('draft-submit').click();
  await expect.poll(() => drafter.getByTestId('recipient-error-2').textContent(), slow).toMatch(/\d+ ký tự/);
  expect(await drafter.getByTestId('draft-subject').inputValue()).toBe(subject);
  expect(await drafter.getByTestId('outgoing-draft-form').textContent()).toContain('du-thao-v1.pdf');
  await drafter.screenshot({ path: `${shots}/outgoing-2-draft-form.png`, fullPage: true });
  await drafter.getByTestId('recipient-name-2').fill('Ông Nguyễn Văn A, Tổ trưởng tổ dân phố 3');
  await drafter.getByTestId('draft-submit').click();
  await expect.poll(() => status(drafter), slow).toContain('Đang duyệt');
  const documentUrl = drafter.url();
  expect(documentUrl).toMatch(/\/outgoing\/[0-9a-f-]{36}$/);

  // The head of unit returns it with a reason.
  const head = await signIn('truongphong.tckh');
  await expect.poll(async () => Number(await head.getByTestId('count-outgoing-TO_REVIEW').textContent()), slow).toBeGreaterThan(0);
  await openFromBox(head, 'TO_REVIEW', subject);
  await head.getByTestId('outgoing-review-comment').fill('Bổ sung thời hạn báo cáo và phân công cụ thể.');
  await head.screenshot({ path: `${shots}/outgoing-3-review.png`, fullPage: true });
  await head.getByTestId('outgoing-action-return').click();
  await expect.poll(() => status(head), slow).toContain('Bị trả lại');

  // The drafter finds it among the returned ones, revises it (a new version) and resubmits.
  await drafter.reload();
  await openFromBox(drafter, 'RETURNED', subject);
  await expect.poll(() => drafter.getByTestId('outgoing-return-reason').textContent(), slow).toContain('Bổ sung thời hạn');
  await drafter.getByTestId('outgoing-action-edit').click();
  await drafter.getByTestId('outgoing-draft-form').waitFor();
  await expect.poll(() => drafter.getByTestId('draft-subject').inputValue(), slow).toBe(subject);
  await drafter.getByTestId('draft-pageCount').fill('2');
  await drafter.getByTestId('draft-versionNote').fill('Bổ sung thời hạn báo cáo theo ý kiến Trưởng phòng');
  await drafter.locator('[data-testid=draft-files] input[type=file]').setInputFiles({ name: 'du-thao-v2.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Du thao 2') });
  await drafter.getByTestId('draft-submit').click();
  await expect.poll(() => status(drafter), slow).toContain('Đang duyệt');
  await expect.poll(() => drafter.getByTestId('outgoing-version').count(), slow).toBe(2);
  await expect.poll(() => drafter.getByTestId('outgoing-version-changes-2').textContent(), slow).toContain('2');
  await drafter.getByTestId('outgoing-versions').scrollIntoViewIfNeeded();
  await drafter.screenshot({ path: `${shots}/outgoing-4-versions.png` });

  // The head approves: two clicks, open and approve.
  await head.reload();
  await openFromBox(head, 'TO_REVIEW', subject);
  await head.getByTestId('outgoing-action-approve').click();
  await expect.poll(() => status(head), slow).toContain('Chờ ký');

  // The leader signs.
  const leader = await signIn('chutich');
  await openFromBox(leader, 'TO_SIGN', subject);
  await leader.screenshot({ path: `${shots}/outgoing-5-sign.png`, fullPage: true });
  await leader.getByTestId('outgoing-action-sign-button').click();
  await expect.poll(() => status(leader), slow).toContain('Đã ký');
  await leader.getByTestId('dispatch-target').waitFor();

  // The văn thư sees it waiting with the time left, issues it and gets its số, ký hiệu.
  const clerk = await signIn('vanthu');
  await clerk.getByTestId('menu-outgoing-TO_ISSUE').click();
  const row = clerk.getByTestId('outgoing-row').filter({ hasText: subject });
  await expect.poll(() => row.getByTestId('dispatch-time-left').textContent(), slow).toMatch(/còn|quá/i);
  await clerk.screenshot({ path: `${shots}/outgoing-6-to-issue.png`, fullPage: true });
  await row.click();
  await clerk.getByTestId('outgoing-action-issue-button').click();
  const notation = (await clerk.getByTestId('issued-notation').textContent()) ?? '';
  expect(notation).toMatch(/^\d{2,}\/\S+$/);
  await expect.poll(() => status(clerk), slow).toContain('Đã phát hành');
  expect(await clerk.getByTestId('outgoing-numberNotation').textContent()).toBe(notation);

  // Phòng Nội vụ receives it as an incoming document: the sender sees "đã đến", the văn thư finds it waiting to be registered.
  await expect
    .poll(
      async () => {
        await clerk.reload();
        await clerk.getByTestId('outgoing-recipients').waitFor();
        return clerk.getByTestId('outgoing-recipient').filter({ hasText: 'Phòng Nội vụ' }).getAttribute('data-status');
      },
      { timeout: 60_000, interval: 2000 },
    )
    .toMatch(/ARRIVED|ACCEPTED|IN_PROGRESS|COMPLETED/);
  expect(await clerk.getByTestId('outgoing-recipient').filter({ hasText: 'Sở Tài chính' }).getAttribute('data-status')).toBe('SENT');
  await clerk.screenshot({ path: `${shots}/outgoing-7-issued.png`, fullPage: true });
  await clerk.getByTestId('menu-AWAITING_REGISTRATION').click();
  await expect.poll(() => clerk.getByTestId('inbox-row').filter({ hasText: subject }).count(), slow).toBe(1);
  expect(await clerk.getByTestId('inbox-row').filter({ hasText: subject }).textContent()).toContain(notation);

  // The issued document is in the văn thư's register of the year.
  await clerk.getByTestId('menu-outgoing-registers').click();
  const [paper] = await Promise.all([clerk.context().waitForEvent('page'), clerk.getByTestId('outgoing-registers-preview').click()]);
  const line = paper.getByTestId('register-row').filter({ hasText: subject });
  await line.waitFor();
  expect(await line.textContent()).toContain(notation);
  await paper.screenshot({ path: `${shots}/outgoing-8-register.png`, fullPage: true });

  // The leaders' dashboard counts it for the drafting unit as sent on time (the same day or the next morning).
  await leader.getByTestId('menu-outgoing-dashboard').click();
  const bar = leader.getByTestId('compliance-bar').filter({ hasText: 'Phòng Tài chính – Kế hoạch' });
  await expect.poll(() => bar.locator('[data-segment=sameDay], [data-segment=nextMorning]').count(), slow).toBe(1);
  await leader.screenshot({ path: `${shots}/outgoing-9-compliance.png`, fullPage: true });
});
