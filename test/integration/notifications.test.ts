import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GqlClient } from '../support/graphql-client.ts';

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
    const older = await insert(headId, 'Sắp đến hạn xử lý', '2026-11-18T10:00:00Z');
    const newer = await insert(headId, 'Quá hạn xử lý 1 ngày làm việc', '2026-11-19T00:30:00Z', 'deadline.escalation');
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
