import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findAgencies } from '../../backend/src/modules/agency/list-agencies.ts';
import { listTimeline } from '../../backend/src/modules/audit/record-event.ts';
import { findDeadlines } from '../../backend/src/modules/deadline/set-deadline.ts';
import {
  findAssignmentsOfDocuments,
  findFilesOfDocuments,
  findIncomingDocuments,
} from '../../backend/src/modules/document/get-incoming-document.ts';
import { findUnitsByIds, findUsersByIds } from '../../backend/src/modules/org/list-org.ts';
import { findRegisterBooks } from '../../backend/src/modules/register-book/list-register-books.ts';
import type { Loaders } from './context.ts';

const byId = <T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });

const groupBy = <T>(key: (r: T) => string, fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of await fetch(ids)) groups.get(key(r))?.push(r);
    return ids.map((id) => groups.get(id)!);
  });

/** One set per request: relation fields batch into one query per kind (no N+1). */
export function createLoaders(em: EntityManager): Loaders {
  return {
    user: byId((ids) => findUsersByIds({ em, ids })),
    unit: byId((ids) => findUnitsByIds({ em, ids })),
    book: byId((ids) => findRegisterBooks({ em, ids })),
    document: byId((ids) => findIncomingDocuments({ em, ids })),
    assignmentsByDocument: groupBy((a) => a.documentId, (ids) => findAssignmentsOfDocuments({ em, documentIds: ids })),
    filesByDocument: groupBy((f) => f.documentId, (ids) => findFilesOfDocuments({ em, documentIds: ids })),
    deadlines: groupBy((d) => d.documentId, (ids) => findDeadlines({ em, documentIds: ids })),
    agency: byId((ids) => findAgencies({ em, ids })),
    timeline: groupBy((e) => e.subjectId, async (ids) => (await Promise.all(ids.map((id) => listTimeline({ em, subjectId: id })))).flat()),
  };
}
