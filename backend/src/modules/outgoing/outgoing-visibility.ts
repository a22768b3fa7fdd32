import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { seesEveryConfidentialDocument } from '../document/visibility.ts';

/**
 * Who may see an outgoing document: the văn thư, leaders and the chánh văn phòng (as for incoming ones);
 * its drafter and the reviewers of its chain; the head of the drafting unit; and for an ordinary (not mật)
 * document the members of the drafting unit, and everyone once it is issued. One SQL predicate for every read.
 */
export function visibleOutgoingSql(actor: Actor, alias = 'o'): { sql: string; params: unknown[] } {
  if (seesEveryConfidentialDocument(actor)) return { sql: 'true', params: [] };
  const head = actor.roles.includes('unit_head');
  return {
    sql: `(${alias}.drafter_id = ?::uuid
          or (${alias}.drafting_unit_id = ?::uuid and (${alias}.confidentiality = 'normal' ${head ? 'or true' : ''}))
          or (${alias}.confidentiality = 'normal' and ${alias}.status in ('issued','recalled','replaced'))
          or exists (select 1 from outgoing_review_step vis where vis.document_id = ${alias}.id and vis.reviewer_id = ?::uuid))`,
    params: [actor.id, actor.unitId, actor.id],
  };
}

export async function canSeeOutgoing(opts: { em: EntityManager; actor: Actor; documentId: string }): Promise<boolean> {
  const v = visibleOutgoingSql(opts.actor);
  const rows = await opts.em.execute<{ ok: boolean }[]>(`select ${v.sql} as ok from outgoing_document o where o.id = ?::uuid`, [...v.params, opts.documentId]);
  return rows[0]?.ok === true;
}
