import { GqlClient } from './graphql-client.ts';
import { ASSIGN, CLOSE, COMPLETE, DIRECT, WITHDRAW, incomingBookId, REGISTER, registrationInput, unitIdByCode, vnDate } from './incoming.ts';

/** The first slice end to end through GraphQL; returns the document id and the clients for further steps. */
export async function runSlice(url: string, steps: { until: 'registered' | 'directed' | 'assigned' | 'completed' }) {
  const clerk = new GqlClient(url);
  const leader = new GqlClient(url);
  const head = new GqlClient(url);
  const specialist = new GqlClient(url);
  await Promise.all([clerk.login('vanthu'), leader.login('chutich'), head.login('truongphong.tckh'), specialist.login('chuyenvien.tckh')]);
  const bookId = await incomingBookId(clerk);
  const doc = (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument.data;
  const result = { documentId: doc.id as string, clerk, leader, head, specialist, leadAssignmentId: '', handlerAssignmentId: '' };
  if (steps.until === 'registered') return result;
  const [tckh, tnmt] = await Promise.all([unitIdByCode(leader, 'TCKH'), unitIdByCode(leader, 'TNMT')]);
  const directed = (
    await leader.ok(DIRECT, {
      input: { documentId: doc.id, direction: 'Đề nghị tham mưu.', lead: { unitId: tckh, deadline: vnDate(7) }, coordinators: [{ unitId: tnmt, deadline: vnDate(5) }] },
    })
  ).directIncomingDocument;
  if (directed.__typename !== 'MutationDirectIncomingDocumentSuccess') throw new Error(JSON.stringify(directed));
  result.leadAssignmentId = directed.data.assignments[0].id;
  if (steps.until === 'directed') return result;
  const me = (await specialist.ok(`{ me { id } }`)).me;
  const assigned = (await head.ok(ASSIGN, { input: { assignmentId: result.leadAssignmentId, userId: me.id, deadline: vnDate(6) } })).assignHandler;
  if (assigned.__typename !== 'MutationAssignHandlerSuccess') throw new Error(JSON.stringify(assigned));
  result.handlerAssignmentId = assigned.data.assignments[0].children[0].id;
  if (steps.until === 'assigned') return result;
  // The phối hợp unit is taken back (thu hồi), the specialist completes, the chủ trì's head closes the document.
  const coordinator = directed.data.assignments[1].id;
  const withdrawn = (await leader.ok(WITHDRAW, { input: { assignmentId: coordinator, reason: 'Không cần phối hợp.' } })).withdrawAssignment;
  if (withdrawn.__typename !== 'MutationWithdrawAssignmentSuccess') throw new Error(JSON.stringify(withdrawn));
  await specialist.ok(COMPLETE, { input: { assignmentId: result.handlerAssignmentId, resultNote: 'Đã xong.' } });
  const closed = (await head.ok(CLOSE, { input: { documentId: doc.id, closingNote: 'Đã báo cáo.', replyReference: '45/BC-TCKH' } })).closeIncomingDocument;
  if (closed.__typename !== 'MutationCloseIncomingDocumentSuccess') throw new Error(JSON.stringify(closed));
  return result;
}
