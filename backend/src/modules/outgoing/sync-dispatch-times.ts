import type { EntityManager } from '@mikro-orm/postgresql';
import { Deadline } from '../deadline/deadline.entity.ts';
import { OutgoingDocument } from './outgoing.entity.ts';

/**
 * The signed document's row keeps the dispatch target and hard limit the văn thư's queue sorts by (chờ phát hành);
 * the deadline rows are what the watcher computed, and a calendar change moves them. Copies those into the row
 * while the document waits to be issued.
 */
export async function syncDispatchTimes(opts: { em: EntityManager; documentId: string }): Promise<void> {
  await opts.em.transactional(async (em) => {
    const doc = await em.findOne(OutgoingDocument, opts.documentId);
    if (!doc || doc.status !== 'signed') return;
    const rows = await em.find(Deadline, { subjectId: doc.id, kind: { $in: ['dispatch_target', 'dispatch_limit'] }, status: { $in: ['pending', 'overdue'] } });
    for (const d of rows) {
      if (d.kind === 'dispatch_target') doc.dispatchTargetAt = d.dueAt;
      else doc.dispatchLimitAt = d.dueAt;
    }
    await em.flush();
  });
}
