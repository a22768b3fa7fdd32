import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { IncomingDocument } from './document.entity.ts';

export const INBOX_BOXES = [
  'clerk_registered',
  'awaiting_direction',
  'awaiting_assignment',
  'handling',
  'for_information',
  'completed',
] as const;
export type InboxBox = (typeof INBOX_BOXES)[number];

/** Which documents belong in a box for this actor: one SQL condition over `d` (incoming_document), bound by the actor. */
function boxCondition(box: InboxBox, actor: Actor): { sql: string; params: unknown[] } | null {
  const has = (r: string) => actor.roles.includes(r as Actor['roles'][number]);
  switch (box) {
    case 'clerk_registered':
      return has('clerk') ? { sql: 'true', params: [] } : null;
    case 'awaiting_direction':
      return has('leader') || has('office_chief') ? { sql: `d.status = 'awaiting_direction'`, params: [] } : null;
    case 'awaiting_assignment':
      return has('unit_head')
        ? {
            sql: `exists (select 1 from assignment a where a.document_id = d.id and a.unit_id = ? and a.assignee_id is null
                   and a.status = 'pending')`,
            params: [actor.unitId],
          }
        : null;
    case 'handling':
      return {
        sql: `exists (select 1 from assignment a where a.document_id = d.id and a.assignee_id = ? and a.status = 'handling')`,
        params: [actor.id],
      };
    case 'for_information':
      return {
        sql: `exists (select 1 from assignment a where a.document_id = d.id and a.role = 'inform'
               and (a.assignee_id = ? or (a.assignee_id is null and a.unit_id = ?)))`,
        params: [actor.id, actor.unitId],
      };
    case 'completed':
      return {
        sql: `d.status = 'completed' and (? or d.registered_by_id = ? or d.directed_by_id = ? or exists (
                select 1 from assignment a where a.document_id = d.id and (a.assignee_id = ? or a.unit_id = ?)))`,
        params: [actor.roles.includes('leader'), actor.id, actor.id, actor.id, actor.unitId],
      };
  }
}

interface Cursor {
  at: string;
  id: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
function decodeCursor(s: string): Cursor | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(s, 'base64url').toString()) as [string, string];
    return typeof at === 'string' && typeof id === 'string' ? { at, id } : null;
  } catch {
    return null;
  }
}

export interface InboxPage {
  items: IncomingDocument[];
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Newest first, keyset-paged on (arrival_at, id) so deep pages cost the same as the first. */
export async function listInbox(opts: { em: EntityManager; actor: Actor; box: InboxBox; first: number; after?: string | null }): Promise<InboxPage> {
  const cond = boxCondition(opts.box, opts.actor);
  if (!cond) return { items: [], cursors: [], hasNextPage: false, endCursor: null };
  const first = Math.min(Math.max(opts.first, 1), 100);
  const cursor = opts.after ? decodeCursor(opts.after) : null;
  const params: unknown[] = [...cond.params];
  let where = cond.sql;
  if (cursor) {
    where += ` and (d.arrival_at, d.id) < (?::timestamptz, ?::uuid)`;
    params.push(cursor.at, cursor.id);
  }
  params.push(first + 1);
  const rows = await opts.em.execute(`select d.* from incoming_document d where ${where} order by d.arrival_at desc, d.id desc limit ?`, params);
  const items = rows.slice(0, first).map((r) => opts.em.map(IncomingDocument, r));
  const cursors = items.map((d) => encodeCursor({ at: d.arrivalAt.toISOString(), id: d.id }));
  return { items, cursors, hasNextPage: rows.length > first, endCursor: cursors.at(-1) ?? null };
}

export async function countInbox(opts: { em: EntityManager; actor: Actor; box: InboxBox }): Promise<number> {
  const cond = boxCondition(opts.box, opts.actor);
  if (!cond) return 0;
  const rows = await opts.em.execute<{ n: string }[]>(`select count(*) as n from incoming_document d where ${cond.sql}`, cond.params);
  return Number(rows[0]?.n ?? 0);
}

/** The boxes an actor has, in menu order. */
export function boxesFor(actor: Actor): InboxBox[] {
  return INBOX_BOXES.filter((b) => boxCondition(b, actor) !== null);
}
