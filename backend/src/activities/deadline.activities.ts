import type { Orm } from '../db/orm.ts';
import { getCalendarData } from '../modules/calendar/get-calendar-data.ts';
import { alertDeadline, DEFAULT_REMINDER_POLICY, type DeadlineAlert, type ReminderPolicy } from '../modules/deadline/alert-deadline.ts';
import type { DeadlineComputation } from '../modules/deadline/set-deadline.ts';
import { listDocumentsWithOpenDeadlines, markDeadlineOverdue, setDeadline } from '../modules/deadline/set-deadline.ts';
import type { DeadlineKind } from '../modules/deadline/deadline.entity.ts';
import { asActivity } from './to-failure.ts';

export interface DeadlineActivityDeps {
  orm: Orm;
  now?: () => Date;
  reminders?: ReminderPolicy;
}

/** Calendar data for workflows (they never read the database), the deadline rows their timers keep, and their alerts. */
export function createDeadlineActivities({ orm, now = () => new Date(), reminders = DEFAULT_REMINDER_POLICY }: DeadlineActivityDeps) {
  const em = () => orm.em.fork();
  return {
    loadCalendar: (a: { fromYear: number; toYear: number }) => asActivity(() => getCalendarData({ em: em(), ...a })),

    /** The calendar and the reminder settings a deadline watcher computes with. */
    loadDeadlineContext: async (a: { fromYear: number; toYear: number }) =>
      asActivity(async () => ({ calendar: await getCalendarData({ em: em(), ...a }), reminders })),

    setDeadline: (a: { stepKey: string; computation: DeadlineComputation; quiet?: boolean }) =>
      asActivity(() => setDeadline({ em: em(), ...a, now: now() })),

    /** Kept for workflows that started before alerts: their direction timer only marks the deadline overdue. */
    markDeadlineOverdue: (a: { stepKey: string; subjectId: string; kind: DeadlineKind }) =>
      asActivity(() => markDeadlineOverdue({ em: em(), ...a, now: now() })),

    alertDeadline: (a: DeadlineAlert & { stepKey: string }) => asActivity(() => alertDeadline({ em: em(), ...a, now: now() })),

    listPendingDeadlineWorkflows: async (a: { year: number | null; after: string | null; limit: number }) => {
      const rows = await listDocumentsWithOpenDeadlines({ em: em(), ...a });
      // Deadlines belong to incoming documents for now; other document kinds will bring their own prefix.
      return { workflowIds: rows.map((r) => `incoming-document/${r.document_id}`), last: rows.at(-1)?.document_id ?? null };
    },
  };
}
