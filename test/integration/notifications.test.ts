import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { initOrm } from '../../backend/src/db/orm.ts';
import { addAssignee } from '../../backend/src/modules/document/reassign-assignment.ts';
import { GqlClient } from '../support/graphql-client.ts';
import { ADD, ASSIGN, DIRECT, REASSIGN, REGISTER, incomingBookId, registrationInput, unitIdByCode, vnDate } from '../support/incoming.ts';

const stack = inject('stack');
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
afterAll(() => db.end());

const LIST = `query($first: Int, $after: String) { myNotifications(first: $first, after: $after) {
  unreadCount hasNextPage endCursor nodes { id kind title body createdAt readAt documentId } } }`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) {
  __typename ... on MutationMarkNotificationsReadSuccess { data { id readAt } } ... on Error { code } } }`;

/** Notifications are written by workflow steps only; here they are put in place directly, as such a step would leave them. */
async function insert(userId: string, title: string, at: string, kind = 'deadline.reminder') {
  const id = randomUUID();
  await db.query(
    `insert into notification (id, user_id, kind, subject_type, subject_id, title, body, created_at, step_key)
     values ($1, $2, $3, 'incoming_document', $4, $5, 'Văn bản đến số 1/2026 (1/UBND): thử.', $6, $7)`,
    [id, userId, kind, randomUUID(), title, at, `test:${id}:${userId}`],
  );
  return id;
}

describe('notifications through GraphQL', () => {
  const head = new GqlClient(stack.url);
  const other = new GqlClient(stack.url);
  let headId: string;

  beforeAll(async () => {
    headId = (await head.login('truongphong.nv')).id;
    await other.login('chuyenvien.nv');
  });

  it('lists mine newest first, page by page, with the unread count, and marks them read', async () => {
    const before = (await head.ok(COUNT)).unreadNotificationCount as number;
    // Ahead of anything the other tests' steps leave this user, so that they are the first page.
    const older = await insert(headId, 'Sắp đến hạn xử lý', new Date(Date.now() + 86_400_000).toISOString());
    const newer = await insert(headId, 'Quá hạn xử lý 1 ngày làm việc', new Date(Date.now() + 2 * 86_400_000).toISOString(), 'deadline.escalation');
    expect((await head.ok(COUNT)).unreadNotificationCount).toBe(before + 2);

    const first = (await head.ok(LIST, { first: 1 })).myNotifications;
    expect(first.nodes).toMatchObject([{ id: newer, kind: 'DEADLINE_ESCALATION', title: 'Quá hạn xử lý 1 ngày làm việc', readAt: null }]);
    expect(first.nodes[0].documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.hasNextPage).toBe(true);
    const second = (await head.ok(LIST, { first: 1, after: first.endCursor })).myNotifications;
    expect(second.nodes.map((n: { id: string }) => n.id)).toEqual([older]);

    // Another user sees none of them and cannot mark them.
    expect((await other.ok(LIST, { first: 50 })).myNotifications.nodes.map((n: { id: string }) => n.id)).not.toContain(newer);
    expect((await other.ok(MARK, { ids: [newer] })).markNotificationsRead).toEqual({ __typename: 'MutationMarkNotificationsReadSuccess', data: [] });

    const marked = (await head.ok(MARK, { ids: [newer, older] })).markNotificationsRead;
    expect(marked.__typename).toBe('MutationMarkNotificationsReadSuccess');
    expect(marked.data.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
    expect((await head.ok(COUNT)).unreadNotificationCount).toBe(before);
  });

  it('answers only signed-in users', async () => {
    const anonymous = new GqlClient(stack.url);
    const r = await anonymous.request(COUNT);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('new work reaches its new holders', () => {
  const clients: Record<string, GqlClient> = {};
  const ids: Record<string, string> = {};
  const as = (username: string) => clients[username]!;

  beforeAll(async () => {
    for (const u of ['vanthu', 'chutich', 'truongphong.tckh', 'chuyenvien.tckh', 'chuyenvien2.tckh', 'truongphong.tnmt', 'chuyenvien.tnmt', 'truongphong.nv', 'chuyenvien.nv']) {
      clients[u] = new GqlClient(stack.url);
      ids[u] = (await clients[u].login(u)).id;
    }
  });

  /** The notices of new work each user has about the document, as "user: title". */
  async function received(documentId: string): Promise<string[]> {
    const names = new Map(Object.entries(ids).map(([u, id]) => [id, u]));
    const rows = (await db.query(`select user_id, title from notification where subject_id = $1 and kind = 'assignment.received'`, [documentId])).rows;
    return rows.map((r) => `${names.get(r.user_id) ?? r.user_id}: ${r.title}`).sort();
  }

  it('tells each new assignee, or the heads of a unit, after a direction, a phân công, a chuyển tiếp and a bổ sung', async () => {
    const [tckh, tnmt, nv] = await Promise.all(['TCKH', 'TNMT', 'NV'].map((c) => unitIdByCode(as('chutich'), c)));
    const reg = (await as('vanthu').ok(REGISTER, { input: registrationInput(await incomingBookId(as('vanthu'))) })).registerIncomingDocument;
    expect(reg.__typename).toBe('MutationRegisterIncomingDocumentSuccess');
    const doc = reg.data;

    const direction = (
      await as('chutich').ok(DIRECT, {
        input: {
          documentId: doc.id,
          direction: 'Giao Phòng Tài chính – Kế hoạch chủ trì.',
          lead: { unitId: tckh, deadline: vnDate(7) },
          coordinators: [{ userId: ids['chuyenvien.tnmt'], deadline: vnDate(5) }],
          readers: [{ unitId: nv }],
        },
      })
    ).directIncomingDocument;
    expect(direction.__typename).toBe('MutationDirectIncomingDocumentSuccess');
    expect(await received(doc.id)).toEqual([
      'chuyenvien.tnmt: Được giao phối hợp xử lý văn bản',
      'truongphong.nv: Văn bản gửi để biết',
      'truongphong.tckh: Được giao chủ trì xử lý văn bản',
    ]);

    // Through GraphQL, with the document to open and what to do by when.
    const mine = (await as('truongphong.tckh').ok(LIST, { first: 20 })).myNotifications.nodes.find((n: { documentId: string }) => n.documentId === doc.id);
    expect(mine).toMatchObject({ kind: 'ASSIGNMENT_RECEIVED', title: 'Được giao chủ trì xử lý văn bản', readAt: null });
    expect(mine.body).toContain(`Văn bản đến số ${doc.arrivalNumber}/`);
    expect(mine.body).toContain(`Phần việc chủ trì giao cho Phòng Tài chính – Kế hoạch; hạn xử lý ${vnDate(7).split('-').reverse().join('/')}. Người giao: Lê Văn Minh.`);
    const tnmtPerson = (await as('chuyenvien.tnmt').ok(LIST, { first: 20 })).myNotifications.nodes.find((n: { documentId: string }) => n.documentId === doc.id);
    expect(tnmtPerson.body).toContain('Phần việc phối hợp giao cho bạn;');

    const lead = direction.data.assignments.find((a: { role: string }) => a.role === 'LEAD');
    const assigned = (await as('truongphong.tckh').ok(ASSIGN, { input: { assignmentId: lead.id, userId: ids['chuyenvien.tckh'], deadline: vnDate(6) } })).assignHandler;
    expect(assigned.__typename).toBe('MutationAssignHandlerSuccess');
    const child = assigned.data.assignments.find((a: { id: string }) => a.id === lead.id).children[0];
    const moved = (
      await as('truongphong.tckh').ok(REASSIGN, { input: { assignmentId: child.id, userId: ids['chuyenvien2.tckh'], deadline: vnDate(6), reason: 'Chuyên viên nghỉ phép.' } })
    ).reassignAssignment;
    expect(moved.__typename).toBe('MutationReassignAssignmentSuccess');
    const person = direction.data.assignments.find((a: { role: string }) => a.role === 'COORDINATE');
    const movedPerson = (
      await as('chutich').ok(REASSIGN, { input: { assignmentId: person.id, userId: ids['chuyenvien.nv'], deadline: vnDate(5), reason: 'Thuộc lĩnh vực nội vụ.' } })
    ).reassignAssignment;
    expect(movedPerson.__typename).toBe('MutationReassignAssignmentSuccess');
    const added = (await as('chutich').ok(ADD, { input: { documentId: doc.id, role: 'COORDINATE', unitId: tnmt, deadline: vnDate(4) } })).addAssignee;
    expect(added.__typename).toBe('MutationAddAssigneeSuccess');

    expect(await received(doc.id)).toEqual([
      'chuyenvien.nv: Được chuyển tiếp phần việc phối hợp',
      'chuyenvien.tckh: Được phân công xử lý (chủ trì)',
      'chuyenvien.tnmt: Được giao phối hợp xử lý văn bản',
      'chuyenvien2.tckh: Được chuyển tiếp phần việc chủ trì',
      'truongphong.nv: Văn bản gửi để biết',
      'truongphong.tckh: Được giao chủ trì xử lý văn bản',
      'truongphong.tnmt: Được giao phối hợp xử lý văn bản',
    ]);
    // The one who moved it is not told of their own step; nor is anyone who only lost a part.
    expect((await received(doc.id)).filter((r) => r.startsWith('chutich:'))).toEqual([]);
  });

  it('notifies once however often the step runs', async () => {
    const orm = await initOrm(stack.databaseUrl, { logger: () => {} });
    try {
      const tckh = await unitIdByCode(as('chutich'), 'TCKH');
      const doc = (await as('vanthu').ok(REGISTER, { input: registrationInput(await incomingBookId(as('vanthu'))) })).registerIncomingDocument.data;
      await as('chutich').ok(DIRECT, { input: { documentId: doc.id, direction: 'Xử lý.', lead: { unitId: tckh, deadline: vnDate(7) } } });
      const leader = { id: ids['chutich']!, unitId: '', roles: ['leader' as const] };
      const step = { documentId: doc.id, stepKey: `test-add:${randomUUID()}`, actor: leader, newId: randomUUID(), role: 'inform' as const, now: new Date() };
      const to = { unitId: null, userId: ids['chuyenvien.nv']!, deadline: null };
      await addAssignee({ em: orm.em.fork(), ...step, to });
      await addAssignee({ em: orm.em.fork(), ...step, to });
      expect((await received(doc.id)).filter((r) => r.startsWith('chuyenvien.nv:'))).toEqual(['chuyenvien.nv: Văn bản gửi để biết']);
    } finally {
      await orm.close();
    }
  });
});
