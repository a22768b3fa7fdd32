import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { Client, Connection } from '@temporalio/client';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';
import { receiveElectronicDocument } from '../../backend/src/temporal/incoming-document.client.ts';
import { jpeg, minimalPdf, png } from '../fixtures/files.ts';
import { GqlClient } from '../support/graphql-client.ts';

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

const vnDate = (offsetDays: number) => {
  const d = new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
};

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

async function typeDate(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.press('Enter');
}

async function openFromBox(page: Page, box: string, subject: string) {
  await page.getByTestId(`menu-${box}`).click();
  await page.getByTestId('inbox-row').filter({ hasText: subject }).first().click();
  await page.getByTestId('doc-status').waitFor();
}

it('clerk registers, leader directs, unit head assigns, specialist completes — in the browser', { timeout: 120_000 }, async () => {
  const subject = `V/v báo cáo tình hình giải ngân vốn đầu tư công ${Date.now()}`;

  const clerk = await signIn('vanthu');
  await clerk.getByTestId('menu-register').click();
  await pick(clerk, 'field-documentTypeCode', 'Công văn');
  await clerk.getByTestId('field-numberNotation').fill('215/SKHĐT-TH');
  await clerk.getByTestId('field-issuer').fill('Sở Kế hoạch và Đầu tư');
  await typeDate(clerk, 'field-issuedDate', vnDate(-1));
  await clerk.getByTestId('field-subject').fill(subject);
  await clerk.getByTestId('field-signer').fill('Trần Văn Bình');
  await clerk.getByTestId('field-pageCount').fill('2');
  await typeDate(clerk, 'field-dueDate', vnDate(10));
  await clerk.locator('[data-testid=field-files] input[type=file]').setInputFiles({
    name: 'cong-van-215.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(),
  });
  await clerk.screenshot({ path: `${shots}/1-register-form.png`, fullPage: true });
  await clerk.getByTestId('submit').click();
  const arrival = Number(await clerk.getByTestId('arrival-number').textContent());
  expect(arrival).toBeGreaterThan(0);
  await clerk.screenshot({ path: `${shots}/2-registered.png` });

  const leader = await signIn('chutich');
  await expect.poll(async () => Number(await leader.getByTestId('count-AWAITING_DIRECTION').textContent())).toBeGreaterThan(0);
  await openFromBox(leader, 'AWAITING_DIRECTION', subject);
  await expect.poll(() => leader.getByTestId('doc-status').textContent()).toContain('Chờ cho ý kiến');
  await leader.getByTestId('direct-direction').fill('Giao Phòng Tài chính – Kế hoạch chủ trì, báo cáo UBND trước hạn.');
  await pick(leader, 'lead-unit', 'Phòng Tài chính – Kế hoạch');
  await typeDate(leader, 'lead-deadline', vnDate(7));
  await leader.screenshot({ path: `${shots}/3-direct.png`, fullPage: true });
  await leader.getByTestId('direct-submit').click();
  await expect.poll(() => leader.getByTestId('doc-status').textContent()).toContain('Đang xử lý');

  const head = await signIn('truongphong.tckh');
  await openFromBox(head, 'AWAITING_ASSIGNMENT', subject);
  await pick(head, 'assign-user', 'Vũ Thị Mai');
  await head.getByTestId('assign-submit').click();
  await expect.poll(() => head.getByTestId('assignment-child').count()).toBe(1);

  const specialist = await signIn('chuyenvien.tckh');
  await openFromBox(specialist, 'HANDLING', subject);
  await specialist.getByTestId('complete-note').fill('Đã tổng hợp số liệu giải ngân, trình dự thảo báo cáo.');
  await specialist.getByTestId('complete-submit').click();
  await expect.poll(() => specialist.getByTestId('assignment-result').count()).toBeGreaterThan(0);
  await specialist.getByTestId('logout').click();

  // The head of the chủ trì unit closes the document, naming the reply.
  await head.reload();
  await head.getByTestId('dist-close-note').fill('Đã trình UBND báo cáo giải ngân.');
  await head.getByTestId('dist-close-reply').fill('45/BC-TCKH');
  await head.screenshot({ path: `${shots}/4a-close.png`, fullPage: true });
  await head.getByTestId('dist-close-submit').click();
  await expect.poll(() => head.getByTestId('doc-status').textContent()).toContain('Đã hoàn thành');
  const kinds = await head.getByTestId('timeline-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  // Each opening of the page shows the PDF, and each showing is logged (file.viewed) between the steps.
  expect(kinds.filter((k) => !k?.startsWith('file.'))).toEqual([
    'document.registered',
    'deadline.set',
    'document.directed',
    'assignment.handler_assigned',
    'assignment.completed',
    'document.completed',
  ]);
  expect(kinds).toContain('file.viewed');
  await head.screenshot({ path: `${shots}/4-completed.png`, fullPage: true });

  // The văn thư prints the register book (Decree 30 art. 22): the document is on its row, with its số đến.
  await clerk.getByTestId('menu-registers').click();
  await clerk.getByTestId('registers-page').waitFor();
  await expect.poll(() => clerk.getByTestId('registers-preview').getAttribute('href')).toContain('/registers/print');
  await clerk.screenshot({ path: `${shots}/5-registers-choice.png` });
  const [paper] = await Promise.all([clerk.context().waitForEvent('page'), clerk.getByTestId('registers-preview').click()]);
  const row = paper.getByTestId('register-row').filter({ hasText: subject });
  await row.waitFor();
  expect(await row.textContent()).toContain('Sở Kế hoạch và Đầu tư');
  expect(await row.textContent()).toContain(String(arrival));
  await paper.screenshot({ path: `${shots}/5-register-print.png`, fullPage: true });
});

it('leader returns a document to the clerk, who submits it again', { timeout: 120_000 }, async () => {
  const subject = `V/v đề nghị cấp phép khai thác khoáng sản ${Date.now()}`;
  const clerk = await signIn('vanthu');
  await clerk.getByTestId('menu-register').click();
  await pick(clerk, 'field-documentTypeCode', 'Công văn');
  await clerk.getByTestId('field-numberNotation').fill(`${Date.now() % 100000}/CTY-KT`);
  await clerk.getByTestId('field-issuer').fill('Công ty TNHH Khoáng sản Miền Tây');
  await typeDate(clerk, 'field-issuedDate', vnDate(-1));
  await clerk.getByTestId('field-subject').fill(subject);
  await clerk.getByTestId('field-signer').fill('Phạm Văn C');
  await clerk.getByTestId('field-pageCount').fill('1');
  await clerk.locator('[data-testid=field-files] input[type=file]').setInputFiles({ name: 'don.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await clerk.screenshot({ path: `${shots}/7-register-return.png`, fullPage: true });
  await clerk.getByTestId('submit').click();
  await clerk.getByTestId('arrival-number').waitFor();
  await clerk.getByTestId('result-open-document').click();
  await clerk.getByTestId('doc-status').waitFor();
  const url = clerk.url();

  const leader = await signIn('chutich');
  await leader.goto(url);
  await leader.getByTestId('dist-return-reason').fill('Không thuộc thẩm quyền giải quyết của UBND huyện.');
  await leader.screenshot({ path: `${shots}/7b-return-document.png`, fullPage: true });
  await leader.getByTestId('dist-return-submit').click();
  await expect.poll(() => leader.getByTestId('doc-status').textContent()).toContain('Trả lại văn thư');

  await clerk.reload();
  await expect.poll(() => clerk.getByTestId('dist-resubmit').textContent()).toContain('Không thuộc thẩm quyền');
  await clerk.screenshot({ path: `${shots}/8-returned-clerk.png`, fullPage: true });
  await clerk.getByTestId('dist-resubmit-submit').click();
  await expect.poll(() => clerk.getByTestId('doc-status').textContent()).toContain('Chờ cho ý kiến');
  const kinds = await clerk.getByTestId('timeline-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  expect(kinds).toEqual(expect.arrayContaining(['document.returned', 'document.resubmitted']));
});

it('clerk is warned of a duplicate, registers a paper document into the confidential book, and attaches its scan later', { timeout: 120_000 }, async () => {
  const notation = `${Date.now() % 100000}/STC-NS`;
  const clerk = await signIn('vanthu');

  async function fill(subject: string) {
    await clerk.getByTestId('menu-register').click();
    await pick(clerk, 'field-documentTypeCode', 'Công văn');
    await clerk.getByTestId('field-numberNotation').fill(notation);
    await clerk.getByTestId('field-issuer').fill('tai chinh hau giang');
    await clerk.locator('.el-autocomplete-suggestion li', { hasText: 'Sở Tài chính tỉnh Hậu Giang' }).first().click();
    await expect.poll(() => clerk.getByTestId('issuer-directory-hint').textContent()).toContain('000.09.30.H30');
    await typeDate(clerk, 'field-issuedDate', vnDate(-1));
    await clerk.getByTestId('field-subject').fill(subject);
    await clerk.getByTestId('field-signer').fill('Lê Thị D');
  }

  await fill('V/v quyết toán ngân sách năm trước');
  await clerk.locator('[data-testid=field-files] input[type=file]').setInputFiles([
    { name: 'cong-van.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
    { name: 'bang-bieu.png', mimeType: 'image/png', buffer: png() },
  ]);
  await clerk.getByTestId('submit').click();
  const first = Number(await clerk.getByTestId('arrival-number').textContent());
  await expect.poll(() => clerk.getByTestId('result-files').textContent()).toContain('2');

  // The same issuer, number and date: warned while typing, and again on submit; nothing is registered until confirmed.
  await clerk.getByTestId('register-another').click();
  await fill('V/v quyết toán ngân sách năm trước (bản giấy)');
  await clerk.getByTestId('early-duplicates').waitFor();
  await pick(clerk, 'field-confidentiality', 'Mật');
  await expect.poll(() => clerk.getByTestId('field-bookId').textContent()).toContain('Sổ văn bản mật');
  await clerk.getByTestId('receipt-PAPER').click();
  await clerk.getByTestId('submit').click();
  await clerk.getByTestId('duplicate-warning').waitFor();
  await expect.poll(() => clerk.getByTestId('duplicate-item').first().textContent()).toContain(`Số đến ${first}/`);
  await clerk.screenshot({ path: `${shots}/5-duplicate-warning.png`, fullPage: true });
  await clerk.getByTestId('confirm-duplicate').click();
  await clerk.getByTestId('arrival-number').waitFor();
  await expect.poll(() => clerk.getByTestId('register-result').textContent()).toContain('Sổ văn bản mật');

  await clerk.getByTestId('result-open-document').click();
  await expect.poll(() => clerk.getByTestId('doc-receiptForm').textContent()).toContain('Giấy');
  await clerk.locator('[data-testid=attach-files-input] input[type=file]').setInputFiles([
    { name: 'ban-scan.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Ban scan') },
    { name: 'phu-luc.jpg', mimeType: 'image/jpeg', buffer: jpeg(64, 64) },
  ]);
  await clerk.getByTestId('attach-submit').click();
  await expect.poll(() => clerk.getByTestId('doc-file').count()).toBe(2);
  await expect.poll(() => clerk.locator('[data-testid=timeline-item][data-kind="document.files_attached"]').count()).toBe(1);
  await clerk.screenshot({ path: `${shots}/6-scan-attached.png`, fullPage: true });
});

it('clerk registers an electronic document from chờ vào sổ, prefilled, only into the register, then submits it from chờ trình', { timeout: 120_000 }, async () => {
  const subject = `Quyết định giao chỉ tiêu biên chế ${Date.now()}`;
  const notation = `${Date.now() % 100000}/QĐ-UBND`;
  const temporal = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  const leaderId = (await new GqlClient(stack.url).login('chutich')).id;
  const documentId = randomUUID();
  await receiveElectronicDocument(temporal, stack.taskQueue, {
    documentId,
    source: { outgoingDocumentId: randomUUID(), recipientUnitId: randomUUID() },
    receivedAt: new Date().toISOString(),
    issuerName: 'Ủy ban nhân dân tỉnh Hậu Giang',
    numberNotation: notation,
    documentDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
    documentType: 'QĐ',
    subject,
    signerName: 'Lê Văn Minh',
    signerPosition: 'Chủ tịch UBND',
    pageCount: 3,
    urgency: 'normal',
    confidentiality: 'normal',
    files: [],
    sentById: leaderId,
  });
  await temporal.connection.close();

  const clerk = await signIn('vanthu');
  await expect.poll(async () => Number(await clerk.getByTestId('count-AWAITING_REGISTRATION').textContent())).toBeGreaterThan(0);
  await openFromBox(clerk, 'AWAITING_REGISTRATION', subject);
  await expect.poll(() => clerk.getByTestId('doc-status').textContent()).toContain('Chờ vào sổ');
  await clerk.getByTestId('doc-register-received-link').click();
  await clerk.getByTestId('register-from-received').waitFor();
  await expect.poll(() => clerk.getByTestId('field-numberNotation').inputValue()).toBe(notation);
  await expect.poll(() => clerk.getByTestId('field-subject').inputValue()).toBe(subject);
  await clerk.getByTestId('receipt-PAPER').click();
  await clerk.screenshot({ path: `${shots}/9-register-received.png`, fullPage: true });
  await clerk.getByTestId('register-only').click();
  expect(Number(await clerk.getByTestId('arrival-number').textContent())).toBeGreaterThan(0);
  await expect.poll(() => clerk.getByTestId('result-submitted').textContent()).toContain('Chờ trình');

  await openFromBox(clerk, 'AWAITING_SUBMISSION', subject);
  await expect.poll(() => clerk.getByTestId('doc-status').textContent()).toContain('Chờ trình');
  await clerk.getByTestId('dist-submit-submit').click();
  await expect.poll(() => clerk.getByTestId('doc-status').textContent()).toContain('Chờ cho ý kiến');
  await expect.poll(() => clerk.locator('[data-testid=deadline][data-kind=SUBMISSION]').getAttribute('data-status')).toBe('MET');
  await clerk.screenshot({ path: `${shots}/10-submitted.png`, fullPage: true });
});
