import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { SIGNER_ROLES } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { seesEveryConfidentialDocument } from '../document/visibility.ts';
import { OutgoingDocument } from './outgoing.entity.ts';
import { visibleOutgoingSql } from './outgoing-visibility.ts';

export const OUTGOING_BOXES = ['my_drafts', 'returned', 'to_review', 'to_sign', 'to_issue', 'issued'] as const;
export type OutgoingBox = (typeof OUTGOING_BOXES)[number];
export const OUTGOING_COUNT_CAP = 1000;

export interface OutgoingFilter {
  q?: string | null;
  documentTypeCode?: string | null;
  urgency?: string[] | null;
}

/** The boxes a user has, in menu order: everyone drafts and may be asked to review; signers sign; the văn thư issues. */
export function outgoingBoxesFor(actor: Actor): OutgoingBox[] {
  if (actor.roles.every((r) => r === 'admin')) return [];
  return [
    'my_drafts',
    'returned',
    'to_review',
    ...(SIGNER_ROLES.some((r) => actor.roles.includes(r)) ? (['to_sign'] as const) : []),
    ...(actor.roles.includes('clerk') ? (['to_issue'] as const) : []),
    'issued',
  ];
}

/** Each box: its condition, its order (the keyset columns) and how a cursor continues it. */
function boxSql(actor: Actor, box: OutgoingBox): { where: string; params: unknown[]; order: 'created' | 'issue_queue' | 'issued' } {
  switch (box) {
    case 'my_drafts':
      return { where: `o.drafter_id = ?::uuid and o.status in ('draft','in_review','awaiting_signature')`, params: [actor.id], order: 'created' };
    case 'returned':
      return { where: `o.drafter_id = ?::uuid and o.status = 'returned'`, params: [actor.id], order: 'created' };
    case 'to_review':
    case 'to_sign':
      return {
        where: `o.id in (select s.document_id from outgoing_review_step s where s.reviewer_id = ?::uuid and s.status = 'pending' and s.kind ${box === 'to_sign' ? "= 'sign'" : "<> 'sign'"})`,
        params: [actor.id],
        order: 'created',
      };
    case 'to_issue':
      return { where: actor.roles.includes('clerk') ? `o.status = 'signed'` : 'false', params: [], order: 'issue_queue' };
    case 'issued': {
      if (seesEveryConfidentialDocument(actor)) return { where: `o.issued_at is not null`, params: [], order: 'issued' };
      const v = visibleOutgoingSql(actor);
      return { where: `o.issued_at is not null and (o.drafting_unit_id = ?::uuid or o.drafter_id = ?::uuid) and ${v.sql}`, params: [actor.unitId, actor.id, ...v.params], order: 'issued' };
    }
  }
}

function filterSql(f: OutgoingFilter | null | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const q = f?.q?.normalize('NFC').trim();
  if (q) {
    parts.push(`o.search_text like '%' || eo_search_norm(?) || '%'`);
    params.push(q.replace(/[%_\\]/g, (c) => `\\${c}`));
  }
  if (f?.documentTypeCode) {
    parts.push(`o.document_type_code = ?`);
    params.push(f.documentTypeCode);
  }
  if (f?.urgency?.length) {
    parts.push(`o.urgency in (${f.urgency.map(() => '?').join(',')})`);
    params.push(...f.urgency);
  }
  return { sql: parts.length ? ` and ${parts.join(' and ')}` : '', params };
}

const ORDER = {
  created: 'o.created_at desc, o.id desc',
  issue_queue: 'o.urgent desc, o.dispatch_limit_at asc, o.id asc',
  issued: 'o.issued_at desc, o.id desc',
} as const;

type CursorValue = [string, string] | [boolean, string, string];
const encode = (v: CursorValue) => Buffer.from(JSON.stringify(v)).toString('base64url');
function decode(cursor: string): CursorValue {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as CursorValue;
    if (Array.isArray(v) && (v.length === 2 || v.length === 3)) return v;
  } catch {
    // reported below
  }
  throw new InputError([{ field: 'after', code: 'INVALID_CURSOR', message: 'Con trỏ phân trang không hợp lệ.' }]);
}

function afterSql(order: keyof typeof ORDER, cursor: CursorValue): { sql: string; params: unknown[] } {
  if (order === 'issue_queue') {
    const [urgent, limitAt, id] = cursor as [boolean, string, string];
    return urgent
      ? { sql: ` and (not o.urgent or (o.dispatch_limit_at, o.id) > (?::timestamptz, ?::uuid))`, params: [limitAt, id] }
      : { sql: ` and not o.urgent and (o.dispatch_limit_at, o.id) > (?::timestamptz, ?::uuid)`, params: [limitAt, id] };
  }
  const column = order === 'created' ? 'o.created_at' : 'o.issued_at';
  const [at, id] = cursor as [string, string];
  return { sql: ` and (${column}, o.id) < (?::timestamptz, ?::uuid)`, params: [at, id] };
}

const cursorOf = (order: keyof typeof ORDER, d: OutgoingDocument): string =>
  encode(
    order === 'issue_queue'
      ? [d.urgency !== 'normal', d.dispatchLimitAt!.toISOString(), d.id]
      : [(order === 'created' ? d.createdAt : d.issuedAt!).toISOString(), d.id],
  );

/** One page of a box, keyset-paged in the box's order (chờ phát hành: urgent first, then the earliest hard limit). */
export async function listOutgoing(opts: { em: EntityManager; actor: Actor; box: OutgoingBox; first: number; after?: string | null; filter?: OutgoingFilter | null }) {
  const first = Math.min(Math.max(opts.first, 1), 100);
  const b = boxSql(opts.actor, opts.box);
  const f = filterSql(opts.filter);
  const a = opts.after ? afterSql(b.order, decode(opts.after)) : { sql: '', params: [] };
  const rows = await opts.em.execute<Array<{ id: string }>>(
    `select o.id from outgoing_document o where ${b.where}${f.sql}${a.sql} order by ${ORDER[b.order]} limit ?`,
    [...b.params, ...f.params, ...a.params, first + 1],
  );
  const ids = rows.slice(0, first).map((r) => r.id);
  const docs = new Map((ids.length ? await opts.em.find(OutgoingDocument, { id: { $in: ids } }) : []).map((d) => [d.id, d]));
  const items = ids.map((id) => docs.get(id)!);
  return {
    items,
    cursors: items.map((d) => cursorOf(b.order, d)),
    hasNextPage: rows.length > first,
    endCursor: items.length ? cursorOf(b.order, items.at(-1)!) : null,
  };
}

/** Exact up to the cap, then "1000+": a big box costs the same as a small one. */
export async function countOutgoing(opts: { em: EntityManager; actor: Actor; box: OutgoingBox; filter?: OutgoingFilter | null }): Promise<{ count: number; capped: boolean }> {
  const b = boxSql(opts.actor, opts.box);
  const f = filterSql(opts.filter);
  const [row] = await opts.em.execute<Array<{ n: string }>>(
    `select count(*) as n from (select 1 from outgoing_document o where ${b.where}${f.sql} limit ${OUTGOING_COUNT_CAP + 1}) x`,
    [...b.params, ...f.params],
  );
  const n = Number(row?.n ?? 0);
  return { count: Math.min(n, OUTGOING_COUNT_CAP), capped: n > OUTGOING_COUNT_CAP };
}
