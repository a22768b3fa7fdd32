import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { deadlineEventData, timelineSubject } from '../deadline/set-deadline.ts';
import type { DeadlineKind } from '../deadline/deadline.entity.ts';
import { listUsers } from '../org/list-org.ts';
import { dispatchMessages } from './outgoing-deadline-messages.ts';

interface DueRow {
  subject_id: string;
  document_id: string;
  kind: DeadlineKind;
  due_ms: number;
  rule_label: string;
}

interface DocRow {
  id: string;
  document_type_code: string;
  subject: string;
  number_notation: string | null;
  urgency: string;
  limit_ms: number | null;
}

export interface DispatchRoundResult {
  reminded: number;
  overdue: number;
  notified: number;
}

/**
 * One dispatch alert round: every signed document whose early reminder or dispatch limit falls on `at` and is
 * still open, alerted in one transaction — the same timeline events and notifications the document's own timer
 * would write (alert-deadline.ts), in bulk. Documents signed together share these instants (the end of the
 * signing day, the next morning), so ten thousand of them cost a few statements rather than ten thousand
 * workflow tasks. The row's reminded_at / alerted_at say an alert went: the document's timer, which comes a
 * little later as a safety net, then finds nothing to do, and a retried round nothing either.
 */
export async function alertDispatchRound(opts: { em: EntityManager; roundKey: string; at: Date; now: Date }): Promise<DispatchRoundResult> {
  const { roundKey, at, now } = opts;
  return opts.em.transactional(async (em) => {
    const before = await em.execute<DueRow[]>(
      `update deadline set reminded_at = ?
        where kind = 'dispatch_target' and status = 'pending' and remind_at = ? and reminded_at is null
        returning subject_id, document_id, kind, extract(epoch from due_at)::float8 * 1000 as due_ms, rule_label`,
      [now, at],
    );
    const due = await em.execute<DueRow[]>(
      `update deadline set status = 'overdue', alerted_at = ?
        where kind in ('dispatch_target', 'dispatch_limit') and status = 'pending' and due_at = ? and alerted_at is null
        returning subject_id, document_id, kind, extract(epoch from due_at)::float8 * 1000 as due_ms, rule_label`,
      [now, at],
    );
    if (!before.length && !due.length) return { reminded: 0, overdue: 0, notified: 0 };

    const ids = [...new Set([...before, ...due].map((r) => r.document_id))];
    const [docs, clerks, chiefs] = await Promise.all([
      em.execute<DocRow[]>(
        `select id, document_type_code, subject, number_notation, urgency, extract(epoch from dispatch_limit_at)::float8 * 1000 as limit_ms from outgoing_document
          where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
        [JSON.stringify(ids)],
      ),
      listUsers({ em, role: 'clerk' }),
      listUsers({ em, role: 'office_chief' }),
    ]);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const people = { clerkIds: clerks.map((u) => u.id), chiefIds: chiefs.map((u) => u.id) };

    const events: Array<{ stepKey: string; subjectType: string; subjectId: string; kind: string; data: Record<string, unknown> }> = [];
    const notes: Array<{ stepKey: string; userId: string; kind: string; subjectId: string; title: string; body: string }> = [];
    const alert = (r: DueRow, moment: 'before' | 'due') => {
      const doc = byId.get(r.document_id);
      if (!doc) return;
      const key = `${roundKey}:${r.kind}:${r.subject_id}:${moment}`;
      // Raw rows: instants come as epoch milliseconds.
      const dueAt = new Date(Number(r.due_ms));
      const d = { kind: r.kind, documentId: r.document_id, subjectId: r.subject_id, dueAt };
      if (moment === 'due') {
        events.push({ stepKey: `${key}:overdue`, ...timelineSubject(d), kind: 'deadline.overdue', data: { ...deadlineEventData(d), dueAt: dueAt.toISOString(), ruleLabel: r.rule_label } });
      }
      const m = dispatchMessages(
        { documentTypeCode: doc.document_type_code, subject: doc.subject, numberNotation: doc.number_notation, urgency: doc.urgency as 'normal', dispatchLimitAt: doc.limit_ms === null ? null : new Date(Number(doc.limit_ms)) },
        d,
        moment,
        people,
      );
      // The same-day target reminds the văn thư (ahead of it and when it passes); the hard limit tells the chánh văn phòng.
      const which = r.kind === 'dispatch_limit' ? 'escalate' : 'remind';
      const msg = m[which];
      events.push({
        stepKey: `${key}:${which}`,
        ...timelineSubject(d),
        kind: which === 'remind' ? 'deadline.reminded' : 'deadline.escalated',
        data: { ...deadlineEventData(d), dueAt: dueAt.toISOString(), moment, recipientIds: msg.recipients, round: roundKey },
      });
      for (const userId of new Set(msg.recipients)) {
        notes.push({ stepKey: `${key}:${which}:${userId}`, userId, kind: which === 'remind' ? 'deadline.reminder' : 'deadline.escalation', subjectId: r.document_id, title: msg.title, body: msg.body });
      }
    };
    for (const r of before) alert(r, 'before');
    for (const r of due) alert(r, 'due');

    if (events.length) {
      await em.execute(
        `insert into audit_event (step_key, subject_type, subject_id, kind, actor_id, at, data)
         select "stepKey", "subjectType", "subjectId", kind, null, ?, data
           from jsonb_to_recordset(?::jsonb) as e("stepKey" text, "subjectType" text, "subjectId" uuid, kind text, data jsonb)
         on conflict (step_key) do nothing`,
        // The rows travel as one JSON parameter: the ORM inlines parameters into the statement.
        [now, JSON.stringify(events)],
      );
    }
    let notified = 0;
    if (notes.length) {
      const rows = await em.execute<{ id: string }[]>(
        `insert into notification (id, user_id, kind, subject_type, subject_id, title, body, created_at, read_at, step_key)
         select id, "userId", kind, 'outgoing_document', "subjectId", title, body, ?, null, "stepKey"
           from jsonb_to_recordset(?::jsonb) as n(id uuid, "userId" uuid, kind text, "subjectId" uuid, title text, body text, "stepKey" text)
         on conflict (step_key) do nothing returning id`,
        [now, JSON.stringify(notes.map((n) => ({ ...n, id: randomUUID(), title: n.title.normalize('NFC'), body: n.body.normalize('NFC') })))],
      );
      notified = rows.length;
    }
    return { reminded: before.length, overdue: due.length, notified };
  });
}
