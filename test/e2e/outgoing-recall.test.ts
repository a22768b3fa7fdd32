import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../backend/src/dev/seed.ts';
import { minimalPdf } from '../fixtures/files.ts';
import { GqlClient, pdfFile } from '../support/graphql-client.ts';
import { unitIdByCode, vnDate } from '../support/incoming.ts';

/*
 * The outgoing document's later life in the browser: thu hồi of an issued document, hủy of a draft, đính chính
 * and thay thế (new drafts naming the issued one), the comparison of two versions, the bell leading to outgoing
 * documents and tasks, and the administrator's chữ viết tắt reaching the next số, ký hiệu. The steps before the
 * one under test are taken through GraphQL, as the first outgoing browser test clicks them all already.
 */

const stack = inject('stack');
const shots = 'test-results/e2e';
let browser: Browser;
const clients = new Map<string, GqlClient>();
const ids = new Map<string, string>();

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const u of ['vanthu', 'chutich', 'phochutich', 'truongphong.tckh', 'chuyenvien.tckh', 'quantri']) {
    const c = new GqlClient(stack.url);
    ids.set(u, (await c.login(u)).id);
    clients.set(u, c);
  }
});
afterAll(() => browser?.close());

const as = (username: string) => clients.get(username)!;

async function signIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' })).newPage();
  await page.goto(stack.url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
  return page;
}

async function openDocument(page: Page, id: string) {
  await page.goto(`${stack.url}/outgoing/${id}`);
  await page.getByTestId('outgoing-status').waitFor();
}

/** Each step is a Temporal Update and a refetch: on a busy machine that takes more than expect.poll's default second. */
const slow = { timeout: 30_000 };
const status = (page: Page) => page.getByTestId('outgoing-status').textContent();

const RESULT = (success: string) => `__typename ... on Error { code message } ... on InputError { fieldErrors { field message } }
  ... on ${success} { data { id status numberNotation currentVersion { number } } }`;
const CREATE = `mutation($input: CreateOutgoingDraftInput!, $files: [File!]!) {
  createOutgoingDraft(input: $input, files: $files) { ${RESULT('MutationCreateOutgoingDraftSuccess')} } }`;
const UPDATE = `mutation($input: UpdateOutgoingDraftInput!, $files: [File!]) {
  updateOutgoingDraft(input: $input, files: $files) { ${RESULT('MutationUpdateOutgoingDraftSuccess')} } }`;
const SUBMIT = `mutation($input: SubmitOutgoingDraftInput!) { submitOutgoingDraft(input: $input) { ${RESULT('MutationSubmitOutgoingDraftSuccess')} } }`;
const SIGN = `mutation($input: SignOutgoingDocumentInput!) { signOutgoingDocument(input: $input) { ${RESULT('MutationSignOutgoingDocumentSuccess')} } }`;
const ISSUE = `mutation($input: IssueOutgoingDocumentInput!) { issueOutgoingDocument(input: $input) { ${RESULT('MutationIssueOutgoingDocumentSuccess')} } }`;
const SETTINGS = `{ outgoingSettings { agencyAbbreviation units { abbreviation unit { id code } } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateOutgoingSettingsInput!) { updateOutgoingSettings(input: $input) {
  __typename ... on Error { code message } ... on MutationUpdateOutgoingSettingsSuccess { data { agencyAbbreviation } } } }`;

type Doc = { id: string; status: string; numberNotation: string | null; currentVersion: { number: number } };

async function ok(client: GqlClient, query: string, variables: Record<string, unknown>, files: Record<string, File | File[]> = {}): Promise<Doc> {
  const d = await client.ok(query, variables, files);
  const r = Object.values(d)[0] as { __typename: string; data?: Doc };
  if (!r.__typename.endsWith('Success')) throw new Error(JSON.stringify(r));
  return r.data!;
}

async function draftInput(subject: string, documentTypeCode = 'CV') {
  const nv = await unitIdByCode(as('vanthu'), 'NV');
  return {
    draft: {
      documentTypeCode,
      subject,
      urgency: 'NORMAL',
      confidentiality: 'NORMAL',
      pageCount: 1,
      copies: 3,
      recipients: [
        { kind: 'UNIT', unitId: nv },
        { kind: 'INDIVIDUAL', name: 'Bà Trần Thị Bích', address: 'Phường 3', channel: 'PAPER' },
      ],
    },
  };
}

/** A draft of chuyenvien.tckh, optionally revised once (version 2), signed by phochutich; issued unless told otherwise. */
async function outgoingDocument(subject: string, opts: { until: 'draft' | 'signed' | 'issued'; revisedSubject?: string; documentTypeCode?: string }): Promise<Doc> {
  const drafter = as('chuyenvien.tckh');
  let doc = await ok(drafter, CREATE, { input: await draftInput(subject, opts.documentTypeCode) }, { files: [pdfFile('du-thao-v1.pdf')] });
  if (opts.revisedSubject) {
    const input = { documentId: doc.id, draft: (await draftInput(opts.revisedSubject, opts.documentTypeCode)).draft, keepFileIds: [], note: 'Sửa trích yếu theo góp ý' };
    doc = await ok(drafter, UPDATE, { input }, { files: [pdfFile('du-thao-v2.pdf')] });
  }
  if (opts.until === 'draft') return doc;
  await ok(drafter, SUBMIT, { input: { documentId: doc.id, steps: [{ kind: 'SIGN', reviewerId: ids.get('phochutich') }] } });
  doc = await ok(as('phochutich'), SIGN, { input: { documentId: doc.id, authority: 'KT', position: 'Phó Chủ tịch' } });
  if (opts.until === 'signed') return doc;
  return ok(as('vanthu'), ISSUE, { input: { documentId: doc.id } });
}

/** Confirms the "are you sure" box the recall and the cancel ask. */
const confirmBox = (page: Page) => page.locator('.el-message-box__btns .el-button--primary').click();

it('thu hồi: the signer recalls an issued document with a reason, the recipients show it, the văn thư follows the bell to it', { timeout: 240_000 }, async () => {
  const subject = `V/v tổ chức hội nghị sơ kết ${Date.now()}`;
  const doc = await outgoingDocument(subject, { until: 'issued' });
  expect(doc.status).toBe('ISSUED');

  const signer = await signIn('phochutich');
  await openDocument(signer, doc.id);
  // No reason, no recall: the message stands under the reason and nothing is asked or sent.
  await signer.getByTestId('outgoing-action-recall').click();
  await expect.poll(() => signer.getByTestId('outgoing-action-withdraw').textContent(), slow).toContain('Vui lòng nhập lý do');
  expect(await signer.locator('.el-message-box').count()).toBe(0);
  await signer.getByTestId('outgoing-withdraw-reason').fill('Văn bản ban hành sai thẩm quyền, sẽ ban hành lại.');
  await signer.getByTestId('outgoing-action-recall').click();
  await confirmBox(signer);
  await expect.poll(() => status(signer), slow).toContain('Đã thu hồi');
  await expect.poll(() => signer.getByTestId('outgoing-metadata').textContent(), slow).toContain('Văn bản ban hành sai thẩm quyền');
  const recipients = signer.getByTestId('outgoing-recipient');
  await expect.poll(() => recipients.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))), slow).toEqual(['RECALLED', 'RECALLED']);
  expect(await signer.getByTestId('outgoing-recipients').textContent()).toContain('Đã thu hồi');
  expect(await signer.getByTestId('outgoing-actions').count()).toBe(0);
  await signer.screenshot({ path: `${shots}/outgoing-recall-1-recalled.png`, fullPage: true });

  // The văn thư is told in the bell, and the notification opens the outgoing document.
  const clerk = await signIn('vanthu');
  await clerk.getByTestId('notification-bell').click();
  const item = clerk.getByTestId('notification-item').filter({ hasText: subject }).and(clerk.locator('[data-kind=OUTGOING_RECALLED]'));
  await item.waitFor();
  expect(await item.getByTestId('notification-kind').textContent()).toBe('Thu hồi văn bản');
  await clerk.screenshot({ path: `${shots}/outgoing-recall-2-bell.png` });
  await item.click();
  await clerk.waitForURL(`**/outgoing/${doc.id}`);
  await expect.poll(() => status(clerk), slow).toContain('Đã thu hồi');
});

it('the bell leads a task’s notification to the task page', { timeout: 120_000 }, async () => {
  const title = `Rà soát thủ tục hành chính ${Date.now()}`;
  const created = (
    await as('chutich').ok(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on Error { message } ... on MutationCreateTaskSuccess { data { id } } } }`,
      { input: { title, lead: { userId: ids.get('truongphong.tckh') }, dueDate: vnDate(10) } },
    )
  ).createTask;
  expect(created.__typename).toBe('MutationCreateTaskSuccess');
  const head = await signIn('truongphong.tckh');
  await head.getByTestId('notification-bell').click();
  const item = head.getByTestId('notification-item').filter({ hasText: title });
  await expect.poll(() => item.count(), slow).toBe(1);
  await item.click();
  await head.waitForURL(`**/tasks/${created.data.id}`);
  await expect.poll(() => head.getByTestId('task-title').textContent(), slow).toBe(title);
});

it('hủy: the drafter cancels a draft with a reason and it ends there', { timeout: 120_000 }, async () => {
  const subject = `V/v đề xuất mua sắm thiết bị ${Date.now()}`;
  const doc = await outgoingDocument(subject, { until: 'draft' });
  const drafter = await signIn('chuyenvien.tckh');
  await openDocument(drafter, doc.id);
  expect(await status(drafter)).toContain('Dự thảo');
  await drafter.getByTestId('outgoing-withdraw-reason').fill('Đã có văn bản khác thay.');
  await drafter.getByTestId('outgoing-action-cancel').click();
  await confirmBox(drafter);
  await expect.poll(() => status(drafter), slow).toContain('Đã hủy');
  expect(await drafter.getByTestId('outgoing-actions').count()).toBe(0);
  await expect.poll(() => drafter.getByTestId('timeline').textContent(), slow).toContain('Đã có văn bản khác thay.');
  await drafter.screenshot({ path: `${shots}/outgoing-recall-3-cancelled.png`, fullPage: true });
});

it('đính chính and thay thế start from the issued document, name it, and a thay thế once issued replaces it; versions compare', { timeout: 300_000 }, async () => {
  const stamp = Date.now();
  const subject = `V/v triển khai thu ngân sách quý I ${stamp}`;
  const revised = `V/v triển khai thu ngân sách quý I năm nay ${stamp}`;
  const doc = await outgoingDocument(subject, { until: 'issued', revisedSubject: revised });
  expect(doc.currentVersion.number).toBe(2);
  const notation = doc.numberNotation!;

  // The two versions compare: the subject changed, and the files.
  const drafter = await signIn('chuyenvien.tckh');
  await openDocument(drafter, doc.id);
  await drafter.getByTestId('outgoing-compare').scrollIntoViewIfNeeded();
  await drafter.getByTestId('outgoing-compare-run').click();
  const changes = drafter.getByTestId('outgoing-compare-changes');
  await expect.poll(() => changes.textContent(), slow).toContain('Trích yếu');
  expect(await changes.textContent()).toContain(revised);
  await drafter.getByTestId('outgoing-compare').screenshot({ path: `${shots}/outgoing-recall-4-compare.png` });

  // Đính chính: a new draft, filled from the issued one, naming it.
  await drafter.getByTestId('outgoing-action-correct').click();
  await drafter.getByTestId('outgoing-draft-form').waitFor();
  await expect.poll(() => drafter.getByTestId('draft-relation').textContent(), slow).toContain(notation);
  await expect.poll(() => drafter.getByTestId('draft-subject').inputValue(), slow).toBe(revised);
  await drafter.getByTestId('draft-subject').fill(`Đính chính ${notation} ${stamp}`);
  await drafter.locator('[data-testid=draft-files] input[type=file]').setInputFiles({ name: 'dinh-chinh.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Dinh chinh') });
  await drafter.screenshot({ path: `${shots}/outgoing-recall-5-correction-form.png`, fullPage: true });
  await drafter.getByTestId('draft-save').click();
  await drafter.waitForURL(/\/outgoing\/[0-9a-f-]{36}$/);
  await expect.poll(() => status(drafter), slow).toContain('Dự thảo');
  const correctionId = drafter.url().split('/').pop()!;
  expect(correctionId).not.toBe(doc.id);
  const metadata = drafter.getByTestId('outgoing-metadata');
  await expect.poll(() => metadata.textContent(), slow).toContain('Đính chính văn bản');
  expect(await metadata.textContent()).toContain(notation);
  await drafter.screenshot({ path: `${shots}/outgoing-recall-6-correction.png`, fullPage: true });

  // Thay thế: likewise; once signed and issued, the old document is replaced.
  await openDocument(drafter, doc.id);
  await drafter.getByTestId('outgoing-action-replace').click();
  await drafter.getByTestId('outgoing-draft-form').waitFor();
  await expect.poll(() => drafter.getByTestId('draft-relation').textContent(), slow).toContain(notation);
  await expect.poll(() => drafter.getByTestId('draft-subject').inputValue(), slow).toBe(revised);
  await drafter.getByTestId('draft-subject').fill(`${revised} (thay thế)`);
  await drafter.locator('[data-testid=draft-files] input[type=file]').setInputFiles({ name: 'thay-the.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Thay the') });
  await drafter.getByTestId('draft-save').click();
  await drafter.waitForURL((url) => /\/outgoing\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(correctionId));
  const replacementId = drafter.url().split('/').pop()!;
  expect(replacementId).not.toBe(doc.id);
  await expect.poll(() => drafter.getByTestId('outgoing-metadata').textContent(), slow).toContain('Thay thế văn bản');

  await ok(as('chuyenvien.tckh'), SUBMIT, { input: { documentId: replacementId, steps: [{ kind: 'SIGN', reviewerId: ids.get('phochutich') }] } });
  await ok(as('phochutich'), SIGN, { input: { documentId: replacementId, authority: 'KT', position: 'Phó Chủ tịch' } });
  const replacement = await ok(as('vanthu'), ISSUE, { input: { documentId: replacementId } });

  await openDocument(drafter, doc.id);
  await expect.poll(() => status(drafter), slow).toContain('Đã bị thay thế');
  const old = drafter.getByTestId('outgoing-metadata');
  await expect.poll(() => old.textContent(), slow).toContain(replacement.numberNotation!);
  expect(await old.textContent()).toContain('Văn bản liên quan');
  expect(await old.textContent()).toContain('Đính chính');
  expect(await drafter.getByTestId('outgoing-action-correct').count()).toBe(0);
  await drafter.screenshot({ path: `${shots}/outgoing-recall-7-replaced.png`, fullPage: true });
});

it('the administrator’s chữ viết tắt give the next số, ký hiệu, field errors included', { timeout: 240_000 }, async () => {
  const before = (await as('quantri').ok(SETTINGS)).outgoingSettings as { agencyAbbreviation: string; units: Array<{ abbreviation: string | null; unit: { id: string; code: string } }> };
  const tckh = before.units.find((u) => u.unit.code === 'TCKH')!;
  try {
    const subject = `V/v báo cáo quyết toán ${Date.now()}`;
    const signed = await outgoingDocument(subject, { until: 'signed' });

    const admin = await signIn('quantri');
    await admin.getByTestId('menu-outgoing-settings').click();
    await admin.getByTestId('outgoing-settings-page').waitFor();
    const agency = admin.getByTestId('outgoing-settings-agency');
    await expect.poll(() => agency.inputValue(), slow).toBe(before.agencyAbbreviation);

    // Typed in lower case, it is written in capitals; a hyphen is the server's to refuse, under each field that has one.
    const unit = admin.getByTestId('outgoing-settings-unit-TCKH');
    await agency.fill('ubnd-hg');
    expect(await agency.inputValue()).toBe('UBND-HG');
    await unit.fill('kh-tc');
    await admin.getByTestId('outgoing-settings-save').click();
    const agencyItem = admin.locator('.el-form-item', { has: agency });
    const unitItem = admin.locator('.el-form-item', { has: unit });
    await expect.poll(() => agencyItem.locator('.el-form-item__error').textContent(), slow).toContain('Chữ viết tắt gồm chữ in hoa');
    await expect.poll(() => unitItem.locator('.el-form-item__error').textContent(), slow).toContain('Chữ viết tắt gồm chữ in hoa');
    await expect.poll(() => admin.getByTestId('outgoing-settings-error').textContent(), slow).toContain('kiểm tra lại');
    await agencyItem.locator('.el-form-item__error').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished.catch(() => null))));
    await admin.screenshot({ path: `${shots}/outgoing-followup-settings-error.png`, fullPage: true });

    await agency.fill('ubnd hg');
    expect(await agency.inputValue()).toBe('UBNDHG');
    await expect.poll(() => agencyItem.locator('.el-form-item__error').count(), slow).toBe(0);
    await unit.fill('khtc');
    await expect.poll(() => unitItem.locator('.el-form-item__error').count(), slow).toBe(0);
    expect(await admin.getByTestId('outgoing-settings-example-TCKH').textContent()).toContain('05/UBNDHG-KHTC');
    await admin.getByTestId('outgoing-settings-save').click();
    await expect.poll(() => admin.locator('.el-message--success').textContent(), slow).toContain('Đã lưu chữ viết tắt');
    await expect.poll(() => admin.getByTestId('outgoing-settings-save').isDisabled(), slow).toBe(true);
    await admin.screenshot({ path: `${shots}/outgoing-followup-settings.png`, fullPage: true });
    await admin.reload();
    await expect.poll(() => admin.getByTestId('outgoing-settings-agency').inputValue(), slow).toBe('UBNDHG');
    expect(await unit.inputValue()).toBe('KHTC');

    // The văn thư issues the signed công văn: its ký hiệu is made of the new abbreviations; a quyết định's too.
    const clerk = await signIn('vanthu');
    await openDocument(clerk, signed.id);
    await clerk.getByTestId('outgoing-action-issue-button').click();
    await expect.poll(() => clerk.getByTestId('issued-notation').textContent(), slow).toMatch(/^\d{2,}\/UBNDHG-KHTC$/);
    await clerk.screenshot({ path: `${shots}/outgoing-followup-issued.png`, fullPage: true });
    const decision = await outgoingDocument(`Quyết định phê duyệt kế hoạch ${Date.now()}`, { until: 'issued', documentTypeCode: 'QĐ' });
    expect(decision.numberNotation).toMatch(/^\d{2,}\/QĐ-UBNDHG$/);
  } finally {
    // Other files on this stack expect the seeded abbreviations.
    const restored = (
      await as('quantri').ok(UPDATE_SETTINGS, {
        input: { agencyAbbreviation: before.agencyAbbreviation, units: [{ unitId: tckh.unit.id, abbreviation: tckh.abbreviation ?? '' }] },
      })
    ).updateOutgoingSettings;
    expect(restored).toEqual({ __typename: 'MutationUpdateOutgoingSettingsSuccess', data: { agencyAbbreviation: before.agencyAbbreviation } });
  }
});
