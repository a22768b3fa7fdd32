import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { IncomingDocument } from './document.entity.ts';
import { EMPTY_INBOX_FILTER, type CleanInboxFilter } from './inbox-filter.ts';
import { visibleDocumentSql } from './visibility.ts';

/** Menu order. The first four are the văn thư's: chờ vào sổ, chờ trình, bị trả lại, đã vào sổ. */
export const INBOX_BOXES = [
  'awaiting_registration',
  'awaiting_submission',
  'returned',
  'clerk_registered',
  'awaiting_direction',
  'awaiting_assignment',
  'handling',
  'due_soon',
  'overdue',
  'for_information',
  'completed',
] as const;
export type InboxBox = (typeof INBOX_BOXES)[number];

/** Sắp đến hạn: an open deadline falling due within this window from now (24 hours; see ARCHITECTURE.md). */
export const DUE_SOON_WINDOW_MS = 24 * 3600_000;
/**
 * Counts are exact up to this many, then shown as "1000+" (as mail clients do): a menu needs no more,
 * and a count then costs at most this many index entries however large the register grows.
 */
export const COUNT_CAP = 1_000;

type Sql = { sql: string; params: unknown[] };

/** The actor's open parts of a handling (not để biết): their own, and for a unit head the unit's while the unit holds them. */
function openPartsSql(actor: Actor): Sql {
  const own = `select a.id, a.document_id from assignment a where a.assignee_id = ?::uuid and a.status in ('pending','handling') and a.role <> 'inform'`;
  if (!actor.roles.includes('unit_head')) return { sql: own, params: [actor.id] };
  return {
    sql: `${own} union all
          select a.id, a.document_id from assignment a where a.unit_id = ?::uuid and a.assignee_id is null
             and a.status in ('pending','handling') and a.role <> 'inform'`,
    params: [actor.id, actor.unitId],
  };
}

/**
 * Which documents belong in a box for this actor: one SQL condition over `d` (incoming_document), bound by
 * the actor; null when the actor does not have the box. Parts are picked by positive status lists, so a part
 * in any other state (returned, withdrawn, reassigned…) drops out of the boxes.
 */
function boxCondition(box: InboxBox, actor: Actor, now: Date): Sql | null {
  const has = (r: string) => actor.roles.includes(r as Actor['roles'][number]);
  const directs = has('leader') || has('office_chief');
  switch (box) {
    case 'awaiting_registration':
      return has('clerk') ? { sql: `d.status = 'received'`, params: [] } : null;
    case 'awaiting_submission':
      return has('clerk') ? { sql: `d.status = 'registered'`, params: [] } : null;
    case 'returned':
      return has('clerk') ? { sql: `d.status = 'returned'`, params: [] } : null;
    case 'clerk_registered':
      return has('clerk') ? { sql: `d.status <> 'received'`, params: [] } : null;
    case 'awaiting_direction':
      return directs ? { sql: `d.status = 'awaiting_direction'`, params: [] } : null;
    case 'awaiting_assignment':
      return has('unit_head')
        ? {
            sql: `d.id in (select a.document_id from assignment a where a.unit_id = ?::uuid and a.assignee_id is null and a.status = 'pending')`,
            params: [actor.unitId],
          }
        : null;
    case 'handling':
      return {
        sql: `d.id in (select a.document_id from assignment a where a.assignee_id = ?::uuid and a.status = 'handling')`,
        params: [actor.id],
      };
    case 'due_soon':
    case 'overdue': {
      const parts = openPartsSql(actor);
      const due =
        box === 'due_soon'
          ? { sql: `dl.status = 'pending' and dl.due_at < ?::timestamptz`, params: [new Date(now.getTime() + DUE_SOON_WINDOW_MS)] }
          : { sql: `dl.status = 'overdue'`, params: [] };
      const direction = directs
        ? {
            sql: ` union all select dl.subject_id from deadline dl join incoming_document dd on dd.id = dl.subject_id
                    where dl.kind = 'direction' and dd.status = 'awaiting_direction' and ${due.sql}`,
            params: due.params,
          }
        : { sql: '', params: [] };
      // The văn thư's own limit: vào sổ and trình.
      const submission = has('clerk')
        ? {
            sql: ` union all select dl.subject_id from deadline dl join incoming_document dd on dd.id = dl.subject_id
                    where dl.kind = 'submission' and dd.status in ('received','registered') and ${due.sql}`,
            params: due.params,
          }
        : { sql: '', params: [] };
      return {
        sql: `d.id in (select p.document_id from (${parts.sql}) p
                        join deadline dl on dl.subject_id = p.id and dl.kind = 'assignment' where ${due.sql}${direction.sql}${submission.sql})`,
        params: [...parts.params, ...due.params, ...direction.params, ...submission.params],
      };
    }
    case 'for_information':
      return {
        sql: `d.id in (select a.document_id from assignment a where a.assignee_id = ?::uuid and a.role = 'inform' and a.status in ('unseen','seen')
                       union all
                       select a.document_id from assignment a where a.unit_id = ?::uuid and a.assignee_id is null and a.role = 'inform'
                          and a.status in ('unseen','seen'))`,
        params: [actor.id, actor.unitId],
      };
    case 'completed': {
      // The documents the actor took part in: their own parts, their unit's as its head, the ones they directed.
      if (has('leader')) return { sql: `d.status = 'completed'`, params: [] };
      const sources = [`select a.document_id from assignment a where a.assignee_id = ?::uuid`];
      const params: unknown[] = [actor.id];
      if (has('unit_head')) {
        sources.push(`select a.document_id from assignment a where a.unit_id = ?::uuid and a.assignee_id is null`);
        params.push(actor.unitId);
      }
      if (directs) {
        sources.push(`select x.id from incoming_document x where x.directed_by_id = ?::uuid`);
        params.push(actor.id);
      }
      const mine = `d.id in (${sources.join(' union all ')})`;
      return has('clerk')
        ? { sql: `d.status = 'completed' and (d.registered_by_id = ?::uuid or ${mine})`, params: [actor.id, ...params] }
        : { sql: `d.status = 'completed' and ${mine}`, params };
    }
  }
}

const vnMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filter as one SQL condition over `d`. */
export function filterSql(f: CleanInboxFilter): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => {
    parts.push(sql);
    params.push(...p);
  };
  if (f.bookId) add('d.book_id = ?::uuid', f.bookId);
  if (f.year !== null) add('d.year = ?', f.year);
  if (f.documentTypeCode) add('d.document_type_code = ?', f.documentTypeCode);
  if (f.urgency.length) add(`d.urgency in (${f.urgency.map(() => '?').join(', ')})`, ...f.urgency);
  if (f.status) add('d.status = ?', f.status);
  if (f.unitId) add('exists (select 1 from assignment fu where fu.document_id = d.id and fu.unit_id = ?::uuid)', f.unitId);
  if (f.arrivalFrom) add('d.arrival_at >= ?::timestamptz', vnMidnight(f.arrivalFrom));
  if (f.arrivalTo) add('d.arrival_at < ?::timestamptz', new Date(vnMidnight(f.arrivalTo).getTime() + 86400_000));
  // Unaccented, lower-cased, spaces collapsed on both sides; the trigram index on search_text serves the LIKE.
  if (f.q) add(`d.search_text like '%' || eo_search_norm(?) || '%'`, likeEscape(f.q));
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

/** Box, confidentiality and filter together; null when the actor does not have the box. Exported for the bench's plans. */
export function whereOf(opts: { actor: Actor; box: InboxBox; filter?: CleanInboxFilter; now?: Date }): Sql | null {
  const box = boxCondition(opts.box, opts.actor, opts.now ?? new Date());
  if (!box) return null;
  const visible = visibleDocumentSql(opts.actor);
  const filter = filterSql(opts.filter ?? EMPTY_INBOX_FILTER);
  return { sql: `${box.sql} and ${visible.sql} and ${filter.sql}`, params: [...box.params, ...visible.params, ...filter.params] };
}

interface Cursor {
  at: string;
  id: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
function decodeCursor(s: string): Cursor | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(s, 'base64url').toString()) as [string, string];
    return typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id) ? { at, id } : null;
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
export async function listInbox(opts: {
  em: EntityManager;
  actor: Actor;
  box: InboxBox;
  first: number;
  after?: string | null;
  filter?: CleanInboxFilter;
  now?: Date;
}): Promise<InboxPage> {
  const cond = whereOf(opts);
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

export interface InboxCount {
  count: number;
  /** More than COUNT_CAP documents: count is COUNT_CAP, shown as "1000+". */
  capped: boolean;
}

export async function countInbox(opts: { em: EntityManager; actor: Actor; box: InboxBox; filter?: CleanInboxFilter; now?: Date }): Promise<InboxCount> {
  const cond = whereOf(opts);
  if (!cond) return { count: 0, capped: false };
  const rows = await opts.em.execute<{ n: string }[]>(
    `select count(*) as n from (select 1 from incoming_document d where ${cond.sql} limit ?) c`,
    [...cond.params, COUNT_CAP + 1],
  );
  const n = Number(rows[0]?.n ?? 0);
  return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/** The boxes an actor has, in menu order. */
export function boxesFor(actor: Actor): InboxBox[] {
  const now = new Date();
  return INBOX_BOXES.filter((b) => boxCondition(b, actor, now) !== null);
}
