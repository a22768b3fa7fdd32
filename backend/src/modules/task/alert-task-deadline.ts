import type { EntityManager } from '@mikro-orm/postgresql';
import { formatVi } from '../../../../workflows/src/calendar/index.ts';
import { AuditEvent } from '../audit/audit.entity.ts';
import type { DeadlineAlert } from '../deadline/alert-deadline.ts';
import { Deadline, type DeadlineKind } from '../deadline/deadline.entity.ts';
import type { NotificationKind } from '../notification/notification.entity.ts';
import { Task } from './task.entity.ts';
import { describeTask, leadDoers, notifyTask, taskEvent } from './task-step.ts';

export const isTaskDeadlineKind = (kind: DeadlineKind) => kind === 'task' || kind === 'task_report';

interface Message {
  recipients: string[];
  kind: NotificationKind;
  title: string;
  body: string;
}

const vnDay = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);

function messages(task: Task, d: Deadline, a: DeadlineAlert, doers: string[], now: Date): { remind: Message; escalate: Message } {
  const what = describeTask(task);
  const due = formatVi(d.dueAt.getTime());
  if (d.kind === 'task_report') {
    return {
      remind: { recipients: doers, kind: 'task.report_missed', title: 'Chưa báo cáo tiến độ định kỳ', body: `${what}. Kỳ báo cáo: ${d.ruleLabel}. Vui lòng báo cáo tiến độ.` },
      escalate: {
        recipients: [task.assignedById],
        kind: 'task.report_missed',
        title: 'Nhiệm vụ chưa báo cáo tiến độ định kỳ',
        body: `${what}. Chủ trì chưa báo cáo tiến độ kỳ này (${d.ruleLabel}).`,
      },
    };
  }
  const today = vnDay(now.getTime()) === vnDay(d.dueAt.getTime());
  return {
    remind: {
      recipients: doers,
      kind: 'task.reminder',
      title: a.moment === 'before' ? (today ? 'Hôm nay đến hạn hoàn thành nhiệm vụ' : 'Sắp đến hạn hoàn thành nhiệm vụ') : 'Nhiệm vụ đã đến hạn nhưng chưa hoàn thành',
      body: `${what}. Hạn: ${due}.`,
    },
    escalate: {
      recipients: [task.assignedById],
      kind: 'task.escalation',
      title: a.overdueDay ? `Nhiệm vụ quá hạn ${a.overdueDay} ngày làm việc` : 'Nhiệm vụ quá hạn',
      body: `${what} chưa hoàn thành; hạn ${due} đã qua${a.overdueDay ? ` (ngày làm việc thứ ${a.overdueDay} quá hạn)` : ''}.`,
    },
  };
}

/**
 * A task's timer fired (reached from alertDeadline by kind): at 'due' the limit becomes overdue; the
 * chủ trì is reminded and/or the assigner told, each on the task's timeline and in their notifications,
 * in one transaction, once per step key. A limit closed meanwhile (result submitted, report made,
 * task ended) silences it.
 */
export async function alertTaskDeadline(opts: DeadlineAlert & { em: EntityManager; stepKey: string; now: Date }): Promise<{ notified: number }> {
  const keys = { overdue: `${opts.stepKey}:overdue`, remind: `${opts.stepKey}:remind`, escalate: `${opts.stepKey}:escalate` };
  return opts.em.transactional(async (em) => {
    if ((await em.count(AuditEvent, { stepKey: { $in: Object.values(keys) } })) > 0) return { notified: 0 };
    const d = await em.findOne(Deadline, { subjectId: opts.subjectId, kind: opts.kind });
    if (!d) return { notified: 0 };
    const task = await em.findOne(Task, d.documentId);
    if (!task) return { notified: 0 };
    const subject = { kind: d.kind, ...(d.kind === 'task_report' ? { periodId: d.subjectId } : {}), dueAt: d.dueAt.toISOString(), ruleLabel: d.ruleLabel };
    if (opts.moment === 'due' && d.status === 'pending') {
      d.status = 'overdue';
      taskEvent(em, { stepKey: keys.overdue, taskId: task.id, kind: 'task.overdue', actorId: null, at: opts.now, data: subject });
    }
    const open = opts.moment === 'before' ? d.status === 'pending' : d.status === 'overdue';
    if (!open) return { notified: 0 };

    const m = messages(task, d, opts, await leadDoers(em, task), opts.now);
    let notified = 0;
    const send = async (which: 'remind' | 'escalate') => {
      const msg = m[which];
      const kind = d.kind === 'task_report' ? 'task.report_missed' : which === 'remind' ? 'task.reminded' : 'task.escalated';
      const data = { ...subject, moment: opts.moment, to: which, recipientIds: msg.recipients, ...(opts.overdueDay ? { overdueDay: opts.overdueDay } : {}) };
      taskEvent(em, { stepKey: keys[which], taskId: task.id, kind, actorId: null, at: opts.now, data });
      notified += await notifyTask(em, { stepKey: keys[which], taskId: task.id, kind: msg.kind, userIds: msg.recipients, title: msg.title, body: msg.body, now: opts.now });
    };
    if (opts.remind) await send('remind');
    if (opts.escalate) await send('escalate');
    await em.flush();
    return { notified };
  });
}
