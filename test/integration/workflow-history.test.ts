import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { loadConfig } from '../../backend/src/config/config.ts';
import { findOrInstallTemporalCli } from '../../backend/src/temporal/dev-server.ts';
import { workflowBundle } from '../../backend/src/temporal/worker.ts';
import { receiveElectronicDocument } from '../../backend/src/temporal/incoming-document.client.ts';
import { incomingDocumentWorkflowId, sourceRecalledSignal } from '../../workflows/src/incoming-document/messages.ts';
import { GqlClient } from '../support/graphql-client.ts';
import { incomingBookId, receiptInput, REGISTER_RECEIVED, registrationInput, RETURN_DOC, SEND_BACK, SUBMIT } from '../support/incoming.ts';
import { runSlice } from '../support/slice.ts';

const stack = inject('stack');
let client: Client;
beforeAll(async () => {
  client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
});
afterAll(() => client.connection.close());

/** Replays a finished document's history; with RECORD_HISTORIES=<name> also writes it as incoming-document-<name><suffix>.json. */
async function replayAndRecord(documentId: string, suffix: string) {
  const handle = client.workflow.getHandle(incomingDocumentWorkflowId(documentId));
  for (let i = 0; i < 100 && (await handle.describe()).status.name === 'RUNNING'; i++) await new Promise((r) => setTimeout(r, 100));
  expect((await handle.describe()).status.name).toBe('COMPLETED');
  const history = await handle.fetchHistory();
  await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history);
  // RECORD_HISTORIES=v2-completed writes incoming-document-v2-completed.json; older fixtures stay, so old runs keep replaying.
  const name = process.env.RECORD_HISTORIES;
  if (name) {
    const target = fileURLToPath(new URL(`../fixtures/histories/incoming-document-${name}${suffix}.json`, import.meta.url));
    // The official CLI writes the proto-JSON form that historyFromJSON reads (the SDK's own writer trips over two protobufjs copies).
    const { temporal } = loadConfig();
    const cli = await findOrInstallTemporalCli({ cliPath: temporal.cliPath, cacheDir: temporal.cacheDir, log: console.log });
    const json = execFileSync(cli, ['workflow', 'show', '--workflow-id', handle.workflowId, '--address', stack.temporalAddress, '--output', 'json']);
    await writeFile(target, json);
  }
}

/**
 * A real history of the whole slice replays against today's workflow code. With RECORD_HISTORIES=<name> it
 * is also written to test/fixtures/histories, where the replay unit test keeps old histories honest.
 */
it('replays the history of a completed document', async () => {
  const { documentId } = await runSlice(stack.url, { until: 'completed' });
  await replayAndRecord(documentId, '');
});

/** The văn thư's steps: electronic receipt, vào sổ only, trình, the leader's trả lại, kết thúc – trả lại nơi gửi. */
it('replays the history of a document received electronically and sent back', async () => {
  const clerk = new GqlClient(stack.url);
  const leader = new GqlClient(stack.url);
  await clerk.login('vanthu');
  const leaderId = (await leader.login('chutich')).id;
  const input = receiptInput({ sentById: leaderId, files: [] });
  await receiveElectronicDocument(client, stack.taskQueue, input);
  const bookId = await incomingBookId(clerk);
  const fields = { documentTypeCode: 'QĐ', numberNotation: input.numberNotation, issuer: input.issuerName, issuedDate: input.documentDate, receiptForm: 'PAPER' };
  const registered = (await clerk.ok(REGISTER_RECEIVED, { input: { ...registrationInput(bookId, fields), submit: false }, documentId: input.documentId }))
    .registerIncomingDocument;
  expect(registered.data.status).toBe('REGISTERED');
  expect((await clerk.ok(SUBMIT, { input: { documentId: input.documentId } })).submitIncomingDocument.data.status).toBe('AWAITING_DIRECTION');
  expect((await leader.ok(RETURN_DOC, { input: { documentId: input.documentId, reason: 'Không đúng thẩm quyền.' } })).returnIncomingDocument.data.status).toBe('RETURNED');
  expect((await clerk.ok(SEND_BACK, { input: { documentId: input.documentId, reason: 'Trả lại nơi gửi.' } })).sendBackIncomingDocument.data.status).toBe('SENT_BACK');
  await replayAndRecord(input.documentId, '-receipt-sent-back');
});

/** A copy received from an internal outgoing document, registered and submitted, then frozen by its sender's recall. */
it('replays the history of a document whose source was recalled', async () => {
  const clerk = new GqlClient(stack.url);
  await clerk.login('vanthu');
  const leaderId = (await new GqlClient(stack.url).login('chutich')).id;
  const input = receiptInput({ sentById: leaderId, files: [] });
  await receiveElectronicDocument(client, stack.taskQueue, input);
  const bookId = await incomingBookId(clerk);
  const fields = { documentTypeCode: 'QĐ', numberNotation: input.numberNotation, issuer: input.issuerName, issuedDate: input.documentDate, receiptForm: 'PAPER' };
  const registered = (await clerk.ok(REGISTER_RECEIVED, { input: registrationInput(bookId, fields), documentId: input.documentId })).registerIncomingDocument;
  expect(registered.data.status).toBe('AWAITING_DIRECTION');
  await client.workflow.getHandle(incomingDocumentWorkflowId(input.documentId)).signal(sourceRecalledSignal, { outgoingId: input.source.outgoingDocumentId, reason: 'Ban hành nhầm.' });
  await replayAndRecord(input.documentId, '-source-recalled');
  const doc = (await clerk.ok(`query($id: ID!) { incomingDocument(id: $id) { status recallReason myActions } }`, { id: input.documentId })).incomingDocument;
  expect(doc).toEqual({ status: 'RECALLED', recallReason: 'Ban hành nhầm.', myActions: [] });
});
