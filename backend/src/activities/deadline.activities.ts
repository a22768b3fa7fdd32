import type { Orm } from '../db/orm.ts';
import { getCalendarData } from '../modules/calendar/get-calendar-data.ts';
import type { DeadlineComputation } from '../modules/deadline/set-deadline.ts';
import { listPendingDeadlineSubjects, markDeadlineOverdue, setDeadline } from '../modules/deadline/set-deadline.ts';
import type { DeadlineKind } from '../modules/deadline/deadline.entity.ts';
import { asActivity } from './to-failure.ts';

export interface DeadlineActivityDeps {
  orm: Orm;
  now?: () => Date;
}

const WORKFLOW_PREFIX: Record<string, string> = { incoming_document: 'incoming-document' };

/** Calendar data for workflows (they never read the database) and the deadline rows their timers keep. */
export function createDeadlineActivities({ orm, now = () => new Date() }: DeadlineActivityDeps) {
  const em = () => orm.em.fork();
  return {
    loadCalendar: (a: { fromYear: number; toYear: number }) => asActivity(() => getCalendarData({ em: em(), ...a })),

    setDeadline: (a: { stepKey: string; computation: DeadlineComputation }) => asActivity(() => setDeadline({ em: em(), ...a, now: now() })),

    markDeadlineOverdue: (a: { stepKey: string; subjectId: string; kind: DeadlineKind }) =>
      asActivity(() => markDeadlineOverdue({ em: em(), ...a, now: now() })),

    listPendingDeadlineWorkflows: async (a: { year: number | null; after: string | null; limit: number }) => {
      const rows = await listPendingDeadlineSubjects({ em: em(), ...a });
      return {
        workflowIds: rows.flatMap((r) => (WORKFLOW_PREFIX[r.subject_type] ? [`${WORKFLOW_PREFIX[r.subject_type]}/${r.subject_id}`] : [])),
        last: rows.at(-1)?.subject_id ?? null,
      };
    },
  };
}
