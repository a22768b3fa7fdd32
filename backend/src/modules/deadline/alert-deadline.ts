import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatVi } from '../../../../workflows/src/calendar/index.ts';
import { AuditEvent } from '../audit/audit.entity.ts';
import { recordEvent } from '../audit/record-event.ts';
import { assignmentParties, describeIncomingDocument, submissionMessages } from '../document/deadline-parties.ts';
import { createNotifications } from '../notification/create-notifications.ts';
import { listUsers } from '../org/list-org.ts';
import { alertTaskDeadline, isTaskDeadlineKind } from '../task/alert-task-deadline.ts';
import { isOutgoingDeadlineKind, outgoingDeadlineMessages } from '../outgoing/outgoing-deadline-messages.ts';
import { Deadline, type DeadlineKind } from './deadline.entity.ts';
import { deadlineEventData, markOverdue, timelineSubject } from './set-deadline.ts';

/** before: ahead of the limit; due: the limit has come; overdue: another working day past it. */
export type AlertMoment = 'before' | 'due' | 'overdue';

export interface DeadlineAlert {
  subjectId: string;
  kind: DeadlineKind;
  moment: AlertMoment;
  /** Remind those who must act: the leaders (direction), the person or unit head (assignment). */
  remind: boolean;
  /** Tell those above: the chánh văn phòng (direction), whoever gave the part (assignment). */
  escalate: boolean;
  /** For 'overdue': which working day past the limit this is (1, 2, …). */
  overdueDay?: number;
}

/** How far ahead of a limit reminders go: the agency's deadline settings, edited by the administrator (deadline-settings.ts). */
export interface ReminderPolicy {
  /** Before the direction deadline, in working hours; 0: no early reminder. "Ngay" limits are reminded when they fall due. */
  directionReminderWorkingHours: number;
  /** Before an assignment's hạn xử lý, in working days; 0: no early reminder. */
  assignmentReminderWorkingDays: number;
  /** Before a task's hạn hoàn thành, in working days, two reminders to the chủ trì (besides the morning of the day); 0: that one is off. */
  taskFirstReminderWorkingDays: number;
  taskSecondReminderWorkingDays: number;
  /** A missed periodic report: working days after the report day before the assigner is told (the chủ trì is reminded at once). */
  taskReportGraceWorkingDays: number;
}

interface Message {
  recipients: string[];
  title: string;
  body: string;
}

async function messages(em: EntityManager, d: Deadline, a: DeadlineAlert): Promise<{ remind: Message; escalate: Message }> {
  if (isOutgoingDeadlineKind(d.kind)) return outgoingDeadlineMessages(em, d, a);
  if (d.kind === 'submission') return submissionMessages(em, { documentId: d.documentId, dueAt: formatVi(d.dueAt.getTime()) }, a.moment);
  const doc = await describeIncomingDocument(em, d.documentId);
  const due = formatVi(d.dueAt.getTime());
  if (d.kind === 'direction') {
    const [leaders, chiefs] = await Promise.all([listUsers({ em, role: 'leader' }), listUsers({ em, role: 'office_chief' })]);
    return {
      remind: {
        recipients: leaders.map((u) => u.id),
        title: a.moment === 'before' ? 'Sắp đến hạn cho ý kiến chỉ đạo' : 'Đến hạn cho ý kiến chỉ đạo',
        body: `${doc}. Hạn cho ý kiến chỉ đạo: ${due}.`,
      },
      escalate: {
        recipients: chiefs.map((u) => u.id),
        title: a.overdueDay ? `Quá hạn cho ý kiến chỉ đạo ${a.overdueDay} ngày làm việc` : 'Quá hạn cho ý kiến chỉ đạo',
        body: `${doc} chưa có ý kiến chỉ đạo; hạn ${due} đã qua${a.overdueDay ? ` (ngày làm việc thứ ${a.overdueDay} quá hạn)` : ''}.`,
      },
    };
  }
  const p = await assignmentParties(em, d.subjectId);
  const part = p ? `phần việc ${p.role} của ${p.who}` : 'phần việc được giao';
  return {
    remind: {
      recipients: p?.doerIds ?? [],
      title: a.moment === 'before' ? 'Sắp đến hạn xử lý' : 'Đến hạn xử lý',
      body: `${doc}. Hạn xử lý ${part}: ${due}${a.moment === 'before' ? '' : ' — chưa hoàn thành'}.`,
    },
    escalate: {
      recipients: p ? [p.assignerId] : [],
      title: a.overdueDay ? `Quá hạn xử lý ${a.overdueDay} ngày làm việc` : 'Quá hạn xử lý',
      body: `${doc}. ${part.charAt(0).toUpperCase()}${part.slice(1)} chưa hoàn thành; hạn ${due} đã qua${a.overdueDay ? ` (ngày làm việc thứ ${a.overdueDay} quá hạn)` : ''}.`,
    },
  };
}

/**
 * A deadline's timer fired: at 'due' the deadline becomes overdue; then the people concerned are
 * reminded or escalated to, each alert on the document's timeline and in their notifications, all
 * in one transaction. A step done in the meantime (the deadline closed) silences the alert.
 */
export async function alertDeadline(opts: DeadlineAlert & { em: EntityManager; stepKey: string; now: Date }): Promise<{ notified: number }> {
  // A task's limits go on the task's timeline, with the task's recipients and texts.
  if (isTaskDeadlineKind(opts.kind)) return alertTaskDeadline(opts);
  const keys = { overdue: `${opts.stepKey}:overdue`, remind: `${opts.stepKey}:remind`, escalate: `${opts.stepKey}:escalate` };
  return opts.em.transactional(async (em) => {
    if ((await em.count(AuditEvent, { stepKey: { $in: Object.values(keys) } })) > 0) return { notified: 0 };
    // Locked: a dispatch alert round updating the row at the same moment is waited for, then seen.
    const d = await em.findOne(Deadline, { subjectId: opts.subjectId, kind: opts.kind }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!d) return { notified: 0 };
    // Alerted already, by a dispatch alert round (alert-dispatch-round.ts) that came before this timer.
    if ((opts.moment === 'before' && d.remindedAt) || (opts.moment === 'due' && d.alertedAt)) return { notified: 0 };
    if (opts.moment === 'due' && d.status === 'pending') markOverdue(em, d, keys.overdue, opts.now);
    const open = opts.moment === 'before' ? d.status === 'pending' : d.status === 'overdue';
    if (!open) return { notified: 0 };
    if (opts.moment === 'before') d.remindedAt = opts.now;
    if (opts.moment === 'due') d.alertedAt = opts.now;

    const m = await messages(em, d, opts);
    let notified = 0;
    const send = async (which: 'remind' | 'escalate') => {
      const msg = m[which];
      recordEvent(em, {
        stepKey: keys[which],
        ...timelineSubject(d),
        kind: which === 'remind' ? 'deadline.reminded' : 'deadline.escalated',
        actorId: null,
        at: opts.now,
        data: {
          ...deadlineEventData(d),
          dueAt: d.dueAt.toISOString(),
          moment: opts.moment,
          recipientIds: msg.recipients,
          ...(opts.overdueDay ? { overdueDay: opts.overdueDay } : {}),
        },
      });
      notified += await createNotifications(em, {
        stepKey: keys[which],
        userIds: msg.recipients,
        now: opts.now,
        notification: {
          kind: which === 'remind' ? 'deadline.reminder' : 'deadline.escalation',
          ...timelineSubject(d),
          title: msg.title,
          body: msg.body,
        },
      });
    };
    if (opts.remind) await send('remind');
    if (opts.escalate) await send('escalate');
    await em.flush();
    return { notified };
  });
}
