import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { recordEvent } from '../audit/record-event.ts';

/**
 * Who may see a confidential document (mật, tối mật, tuyệt mật; anything but `normal`):
 * - the văn thư (role CLERK) of its book: books have no clerk assignment yet, so every clerk;
 * - the leaders (LEADER) and the chánh văn phòng (OFFICE_CHIEF);
 * - the people explicitly assigned: the assignee of any of its parts (chủ trì, phối hợp, để biết, a unit
 *   head's part to a person), and the heads (UNIT_HEAD) of a unit that holds a unit-level part.
 * A part taken back (withdrawn) or moved to someone else (reassigned) no longer counts; a part done or returned
 * still does (its person has read the document). Members of an assigned unit who were not given the part
 * themselves do not see it. Everyone signed in sees
 * ordinary documents. One predicate, used by every read of documents: lists, counts, the document, its files,
 * the printed registers and the phiếu, the duplicate check.
 */
export const CONFIDENTIAL_READER_ROLES = ['clerk', 'leader', 'office_chief'] as const;

export const seesEveryConfidentialDocument = (actor: Actor) => actor.roles.some((r) => (CONFIDENTIAL_READER_ROLES as readonly string[]).includes(r));

/** An SQL condition over the incoming_document alias given, with its parameters, true when the actor may see the row. */
export function visibleDocumentSql(actor: Actor, alias = 'd'): { sql: string; params: unknown[] } {
  if (seesEveryConfidentialDocument(actor)) return { sql: 'true', params: [] };
  const head = actor.roles.includes('unit_head');
  return {
    sql: `(${alias}.confidentiality = 'normal' or exists (
            select 1 from assignment vis where vis.document_id = ${alias}.id and vis.status not in ('withdrawn','reassigned')
               and (vis.assignee_id = ?::uuid ${head ? 'or (vis.assignee_id is null and vis.unit_id = ?::uuid)' : ''})))`,
    params: head ? [actor.id, actor.unitId] : [actor.id],
  };
}

/** Whether the actor may see this document; false too when there is no such document. */
export async function canSeeDocument(opts: { em: EntityManager; actor: Actor; documentId: string }): Promise<boolean> {
  const v = visibleDocumentSql(opts.actor);
  const rows = await opts.em.execute<{ ok: boolean }[]>(`select ${v.sql} as ok from incoming_document d where d.id = ?::uuid`, [
    ...v.params,
    opts.documentId,
  ]);
  return rows[0]?.ok === true;
}

export type RefusedVia = 'document' | 'file' | 'processing_slip' | 'timeline';

/**
 * Records an attempt to read a document the actor may not see (the security log of Decree 30 App. VI §7),
 * when the document exists; the caller answers "not found" either way, so that nothing tells it exists.
 */
export async function logAccessRefused(opts: { em: EntityManager; actor: Actor; documentId: string; via: RefusedVia; detail?: Record<string, unknown>; now?: Date }): Promise<boolean> {
  const em = opts.em.fork();
  const exists = await em.execute<{ n: number }[]>(`select 1 as n from incoming_document where id = ?::uuid`, [opts.documentId]);
  if (!exists.length) return false;
  recordEvent(em, {
    stepKey: `document.access_refused:${randomUUID()}`,
    subjectType: 'incoming_document',
    subjectId: opts.documentId,
    kind: 'document.access_refused',
    actorId: opts.actor.id,
    at: opts.now ?? new Date(),
    data: { via: opts.via, ...(opts.detail ?? {}) },
  });
  await em.flush();
  return true;
}
