import type { EntityManager } from '@mikro-orm/postgresql';
import { Context } from '@temporalio/activity';
import type { CalendarData } from '../../../workflows/src/calendar/index.ts';
import type { Orm } from '../db/orm.ts';
import { getCalendarData } from '../modules/calendar/get-calendar-data.ts';
import { alertDeadline, type DeadlineAlert, type ReminderPolicy } from '../modules/deadline/alert-deadline.ts';
import { getReminderPolicy } from '../modules/deadline/get-deadline-settings.ts';
import type { DeadlineComputation } from '../modules/deadline/set-deadline.ts';
import { listDocumentsWithOpenDeadlines, markDeadlineOverdue, setDeadline } from '../modules/deadline/set-deadline.ts';
import { DEADLINE_OWNERS, OWNER_WORKFLOW_PREFIX, type DeadlineKind } from '../modules/deadline/deadline.entity.ts';
import { ensureDispatchAlertRounds } from '../temporal/dispatch-alert-round.client.ts';
import { asActivity } from './to-failure.ts';

/** The calendar and the reminder settings a deadline watcher computes with, as stored now (the administrator edits both). */
export async function loadDeadlineContext(em: EntityManager, years: { fromYear: number; toYear: number }): Promise<{ calendar: CalendarData; reminders: ReminderPolicy }> {
  const [calendar, reminders] = await Promise.all([getCalendarData({ em, ...years }), getReminderPolicy({ em })]);
  return { calendar, reminders };
}

export interface DeadlineActivityDeps {
  orm: Orm;
  now?: () => Date;
  /** Makes sure a dispatch alert round runs at each instant (default: through the worker's client, on its task queue). */
  scheduleDispatchRounds?: (instants: number[]) => Promise<void>;
}

const isDispatchKind = (kind: DeadlineKind) => kind === 'dispatch_target' || kind === 'dispatch_limit';

const scheduleThroughWorker = (instants: number[]) => {
  const ctx = Context.current();
  return ensureDispatchAlertRounds(ctx.client, ctx.info.taskQueue, instants);
};

/** Calendar data for workflows (they never read the database), the deadline rows their timers keep, and their alerts. */
export function createDeadlineActivities({ orm, now = () => new Date(), scheduleDispatchRounds = scheduleThroughWorker }: DeadlineActivityDeps) {
  const em = () => orm.em.fork();
  return {
    loadCalendar: (a: { fromYear: number; toYear: number }) => asActivity(() => getCalendarData({ em: em(), ...a })),

    loadDeadlineContext: async (a: { fromYear: number; toYear: number }) => asActivity(() => loadDeadlineContext(em(), a)),

    /**
     * `at`: the workflow's moment, given when it runs as a local activity (see registerAndFollow). A dispatch limit's
     * instants also get their alert rounds, after the row is written (a round reads it).
     */
    setDeadline: (a: { stepKey: string; computation: DeadlineComputation; quiet?: boolean; at?: number }) =>
      asActivity(async () => {
        const { at, ...rest } = a;
        await setDeadline({ em: em(), ...rest, now: at === undefined ? now() : new Date(at) });
        const c = a.computation;
        if (isDispatchKind(c.kind)) await scheduleDispatchRounds([Date.parse(c.dueAt), ...(c.remindAt ? [Date.parse(c.remindAt)] : [])]);
      }),

    /** Kept for workflows that started before alerts: their direction timer only marks the deadline overdue. */
    markDeadlineOverdue: (a: { stepKey: string; subjectId: string; kind: DeadlineKind }) =>
      asActivity(() => markDeadlineOverdue({ em: em(), ...a, now: now() })),

    alertDeadline: (a: DeadlineAlert & { stepKey: string }) => asActivity(() => alertDeadline({ em: em(), ...a, now: now() })),

    listPendingDeadlineWorkflows: async (a: { year: number | null; after: string | null; limit: number }) => {
      const rows = await listDocumentsWithOpenDeadlines({ em: em(), ...a });
      return { workflowIds: rows.map((r) => OWNER_WORKFLOW_PREFIX[DEADLINE_OWNERS[r.kind]] + r.document_id), last: rows.at(-1)?.document_id ?? null };
    },
  };
}
