import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, type EventKind } from './audit.entity.ts';

/** True when this workflow step already ran: its event is the proof, written in the same transaction as the change. */
export async function stepDone(em: EntityManager, stepKey: string): Promise<boolean> {
  return (await em.count(AuditEvent, { stepKey })) > 0;
}

export function recordEvent(
  em: EntityManager,
  e: { stepKey: string; subjectType: string; subjectId: string; kind: EventKind; actorId: string | null; at: Date; data?: Record<string, unknown> },
): void {
  em.create(AuditEvent, { ...e, data: e.data ?? {} });
}

export function listTimeline(opts: { em: EntityManager; subjectId: string }): Promise<AuditEvent[]> {
  return opts.em.find(AuditEvent, { subjectId: opts.subjectId }, { orderBy: { at: 'asc', id: 'asc' } });
}
