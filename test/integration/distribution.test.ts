import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/graphql-client.ts';
import {
  ADD,
  ASSIGN,
  CLOSE,
  COMPLETE,
  DIRECT,
  incomingBookId,
  REASSIGN,
  REGISTER,
  registrationInput,
  RESUBMIT,
  RETURN_DOC,
  RETURN_PART,
  SEEN,
  unitIdByCode,
  vnDate,
  WITHDRAW,
} from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const client = () => new GqlClient(stack.url);
/** Human steps only: deadline rows and their events come on the workflow's own time. */
const events = async (id: string) => Number((await db.query(`select count(*) n from audit_event where subject_id = $1 and kind not like 'deadline.%' and kind not like 'file.%'`, [id])).rows[0].n);
const deadlineStatus = async (subjectId: string, kind = 'assignment') =>
  (await db.query(`select status from deadline where subject_id = $1 and kind = $2`, [subjectId, kind])).rows[0]?.status as string | undefined;
async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('distribution actions', () => {
  const clerk = client();
  const leader = client();
  const head = client();
  const specialist = client();
  const otherHead = client();
  const nvHead = client();
  let bookId: string;
  let units: Record<string, string>;
  let specialistId: string;

  beforeAll(async () => {
    await Promise.all([
      clerk.login('vanthu'),
      leader.login('chutich'),
      head.login('truongphong.tckh'),
      specialist.login('chuyenvien.tckh'),
      otherHead.login('truongphong.tnmt'),
      nvHead.login('truongphong.nv'),
    ]);
    bookId = await incomingBookId(clerk);
    const codes = ['TCKH', 'TNMT', 'NV'];
    units = Object.fromEntries(await Promise.all(codes.map(async (c) => [c, await unitIdByCode(leader, c)])));
    specialistId = (await specialist.ok(`{ me { id } }`)).me.id;
  });

  const register = async () => (await clerk.ok(REGISTER, { input: registrationInput(bookId) })).registerIncomingDocument.data;
  const direct = async (id: string) =>
    (
      await leader.ok(DIRECT, {
        input: {
          documentId: id,
          direction: 'Giao xử lý.',
          lead: { unitId: units.TCKH, deadline: vnDate(7) },
          coordinators: [{ unitId: units.TNMT, deadline: vnDate(5) }],
          readers: [{ unitId: units.NV }],
        },
      })
    ).directIncomingDocument.data;

  it('trả lại văn thư: the leader returns it with a reason, the văn thư submits it again, the direction limit restarts', async () => {
    const doc = await register();
    await poll(() => deadlineStatus(doc.id, 'direction'), (s) => s === 'pending');
    const before = await events(doc.id);

    const noReason = (await leader.ok(RETURN_DOC, { input: { documentId: doc.id, reason: '  ' } })).returnIncomingDocument;
    expect(noReason).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'reason', code: 'REQUIRED', message: 'Vui lòng nhập lý do trả lại.' }] });
    const byClerk = (await clerk.ok(RETURN_DOC, { input: { documentId: doc.id, reason: 'x' } })).returnIncomingDocument;
    expect(byClerk).toMatchObject({ __typename: 'DomainError', code: 'FORBIDDEN' });
    const early = (await clerk.ok(RESUBMIT, { input: { documentId: doc.id } })).resubmitIncomingDocument;
    expect(early).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_WRONG_STATE' });
    expect(await events(doc.id)).toBe(before);

    const returned = (await leader.ok(RETURN_DOC, { input: { documentId: doc.id, reason: 'Không thuộc thẩm quyền của UBND.' } })).returnIncomingDocument;
    expect(returned.data.status).toBe('RETURNED');
    expect(await deadlineStatus(doc.id, 'direction')).toBe('cancelled');
    expect((await clerk.ok(`query($id: ID!) { incomingDocument(id: $id) { myActions returnReason } }`, { id: doc.id })).incomingDocument).toMatchObject({
      myActions: expect.arrayContaining(['RESUBMIT']),
      returnReason: 'Không thuộc thẩm quyền của UBND.',
    });
    const directReturned = (await leader.ok(DIRECT, { input: { documentId: doc.id, direction: 'x', lead: { unitId: units.TCKH, deadline: vnDate(3) } } }))
      .directIncomingDocument;
    expect(directReturned).toMatchObject({ __typename: 'DomainError', code: 'DOCUMENT_WRONG_STATE' });

    const again = (await clerk.ok(RESUBMIT, { input: { documentId: doc.id, note: 'Trình Phó Chủ tịch phụ trách.' } })).resubmitIncomingDocument;
    expect(again.data.status).toBe('AWAITING_DIRECTION');
    await poll(() => deadlineStatus(doc.id, 'direction'), (s) => s === 'pending');
    const directed = await direct(doc.id);
    expect(directed.status).toBe('IN_PROGRESS');
    expect(await deadlineStatus(doc.id, 'direction')).toBe('met');
    const kinds = directed.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => !k.startsWith('file.'))).toEqual([
      'document.registered',
      'deadline.set',
      'document.returned',
      'document.resubmitted',
      'deadline.set',
      'document.directed',
    ]);
    expect(directed.timeline.find((e: { kind: string }) => e.kind === 'document.returned').summary).toBe(
      'Trả lại văn bản cho văn thư. Lý do: “Không thuộc thẩm quyền của UBND.”.',
    );
  });

  it('the unit head returns the unit part, the leader moves it (chuyển tiếp); the specialist returns theirs; thu hồi; bổ sung; đã xem; closing', async () => {
    const doc = await register();
    const directed = await direct(doc.id);
    const [lead, coord, reader] = directed.assignments;
    await poll(() => deadlineStatus(lead.id), (s) => s === 'pending');

    // Refusals write nothing.
    const before = await events(doc.id);
    expect((await otherHead.ok(RETURN_PART, { input: { assignmentId: lead.id, reason: 'x' } })).returnAssignment).toMatchObject({ code: 'FORBIDDEN' });
    expect((await head.ok(WITHDRAW, { input: { assignmentId: coord.id, reason: 'x' } })).withdrawAssignment).toMatchObject({ code: 'FORBIDDEN' });
    expect((await leader.ok(WITHDRAW, { input: { assignmentId: lead.id, reason: 'x' } })).withdrawAssignment).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });
    expect((await head.ok(SEEN, { id: reader.id })).markAssignmentSeen).toMatchObject({ code: 'FORBIDDEN' });
    expect((await head.ok(CLOSE, { input: { documentId: doc.id, closingNote: 'x' } })).closeIncomingDocument).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });
    const badMove = (await leader.ok(REASSIGN, { input: { assignmentId: lead.id, deadline: vnDate(-1), reason: '' } })).reassignAssignment;
    expect(badMove.__typename).toBe('InputError');
    expect(Object.fromEntries(badMove.fieldErrors.map((e: { field: string; code: string }) => [e.field, e.code]))).toEqual({
      unitId: 'REQUIRED',
      deadline: 'IN_PAST',
      reason: 'REQUIRED',
    });
    expect(await events(doc.id)).toBe(before);

    // Đã xem: any member of the để biết unit, once.
    expect(directed.assignments[2].myActions).toEqual(['WITHDRAW_ASSIGNMENT']);
    const seen = (await nvHead.ok(SEEN, { id: reader.id })).markAssignmentSeen;
    expect(seen.data.assignments.find((a: { id: string }) => a.id === reader.id).status).toBe('SEEN');
    expect((await nvHead.ok(SEEN, { id: reader.id })).markAssignmentSeen).toMatchObject({ code: 'DOCUMENT_WRONG_STATE' });

    // Thu hồi the phối hợp unit: its limit stops, it leaves that head's actions.
    const withdrawn = (await leader.ok(WITHDRAW, { input: { assignmentId: coord.id, reason: 'Không cần phối hợp.' } })).withdrawAssignment;
    expect(withdrawn.data.assignments.find((a: { id: string }) => a.id === coord.id)).toMatchObject({ status: 'WITHDRAWN', statusReason: 'Không cần phối hợp.' });
    expect(await deadlineStatus(coord.id)).toBe('cancelled');
    expect((await otherHead.ok(`query($id: ID!) { incomingDocument(id: $id) { myActions } }`, { id: doc.id })).incomingDocument.myActions).not.toContain('ASSIGN_HANDLER');

    // Bổ sung: a phối hợp unit after the direction, with its limit.
    const added = (await leader.ok(ADD, { input: { documentId: doc.id, role: 'COORDINATE', unitId: units.TNMT, deadline: vnDate(4) } })).addAssignee;
    const addedPart = added.data.assignments.find((a: { role: string; status: string }) => a.role === 'COORDINATE' && a.status === 'PENDING');
    expect(addedPart).toMatchObject({ role: 'COORDINATE', status: 'PENDING' });
    await poll(() => deadlineStatus(addedPart.id), (s) => s === 'pending');
    const dup = (await leader.ok(ADD, { input: { documentId: doc.id, role: 'COORDINATE', unitId: units.TNMT, deadline: vnDate(4) } })).addAssignee;
    expect(dup).toMatchObject({ __typename: 'DomainError', code: 'INVALID_ASSIGNEE' });

    // The unit head returns the chủ trì part to the leader; the leader moves it to NV and back to TCKH.
    const returned = (await head.ok(RETURN_PART, { input: { assignmentId: lead.id, reason: 'Không đúng chức năng.' } })).returnAssignment;
    expect(returned.data.assignments.find((a: { id: string }) => a.id === lead.id).status).toBe('RETURNED');
    expect(await deadlineStatus(lead.id)).toBe('cancelled');
    const moved = (await leader.ok(REASSIGN, { input: { assignmentId: lead.id, unitId: units.TCKH, deadline: vnDate(6), reason: 'Đề nghị phòng tiếp tục chủ trì.' } }))
      .reassignAssignment;
    expect(moved.__typename).toBe('MutationReassignAssignmentSuccess');
    const newLead = moved.data.assignments.find((a: { role: string; status: string }) => a.role === 'LEAD' && a.status === 'PENDING');
    expect(moved.data.assignments.find((a: { id: string }) => a.id === lead.id).status).toBe('REASSIGNED');
    await poll(() => deadlineStatus(newLead.id), (s) => s === 'pending');

    // The specialist returns their part: the unit part is pending again, the head assigns again.
    const a1 = (await head.ok(ASSIGN, { input: { assignmentId: newLead.id, userId: specialistId, deadline: vnDate(5) } })).assignHandler;
    const child = a1.data.assignments.find((a: { id: string }) => a.id === newLead.id).children[0];
    await poll(() => deadlineStatus(child.id), (s) => s === 'pending');
    const back = (await specialist.ok(RETURN_PART, { input: { assignmentId: child.id, reason: 'Đang đi công tác.' } })).returnAssignment;
    const leadAfter = back.data.assignments.find((a: { id: string }) => a.id === newLead.id);
    expect(leadAfter.status).toBe('PENDING');
    expect(leadAfter.children[0]).toMatchObject({ status: 'RETURNED', statusReason: 'Đang đi công tác.' });
    expect(await deadlineStatus(child.id)).toBe('cancelled');
    expect(await deadlineStatus(newLead.id)).toBe('pending');

    // Assigned again and completed by the specialist; only then the head closes.
    const a2 = (await head.ok(ASSIGN, { input: { assignmentId: newLead.id, userId: specialistId, deadline: vnDate(5) } })).assignHandler;
    const child2 = a2.data.assignments.find((a: { id: string }) => a.id === newLead.id).children.find((c: { status: string }) => c.status === 'HANDLING');
    await poll(() => deadlineStatus(child2.id), (s) => s === 'pending');
    await specialist.ok(COMPLETE, { input: { assignmentId: child2.id, resultNote: 'Đã tham mưu.' } });
    const closed = (await head.ok(CLOSE, { input: { documentId: doc.id, closingNote: 'Hoàn thành.' } })).closeIncomingDocument;
    expect(closed.data.status).toBe('COMPLETED');
    expect(await deadlineStatus(addedPart.id)).toBe('cancelled');
    expect(await deadlineStatus(newLead.id)).toBe('met');
    const kinds = closed.data.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => !k.startsWith('deadline.') && !k.startsWith('file.'));
    expect(kinds).toEqual([
      'document.registered',
      'document.directed',
      'assignment.seen',
      'assignment.withdrawn',
      'assignment.added',
      'assignment.returned',
      'assignment.reassigned',
      'assignment.handler_assigned',
      'assignment.returned',
      'assignment.handler_assigned',
      'assignment.completed',
      'document.completed',
    ]);
    const summary = (k: string) => closed.data.timeline.find((e: { kind: string }) => e.kind === k).summary;
    expect(summary('assignment.reassigned')).toContain('Chuyển tiếp phần việc chủ trì từ Phòng Tài chính – Kế hoạch sang Phòng Tài chính – Kế hoạch');
    expect(summary('assignment.withdrawn')).toBe('Thu hồi phần việc phối hợp của Phòng Tài nguyên và Môi trường. Lý do: “Không cần phối hợp.”.');
  });
});
