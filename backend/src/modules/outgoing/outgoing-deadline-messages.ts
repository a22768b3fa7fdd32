import type { EntityManager } from '@mikro-orm/postgresql';
import { formatVi } from '../../../../workflows/src/calendar/index.ts';
import type { Deadline } from '../deadline/deadline.entity.ts';
import { listUsers } from '../org/list-org.ts';
import { OutgoingDocument, OutgoingReviewStep } from './outgoing.entity.ts';
import { describeOutgoing } from './outgoing-notify.ts';

const KINDS = ['outgoing_review', 'dispatch_target', 'dispatch_limit'];
export const isOutgoingDeadlineKind = (kind: string) => KINDS.includes(kind);

interface Message {
  recipients: string[];
  title: string;
  body: string;
}

/**
 * Who is told what when an outgoing document's limit comes: the reviewer of a step (reminded) and the
 * drafter (told it passed); for the dispatch, the văn thư before and at the same-day target, the chánh văn
 * phòng at the next-morning hard limit.
 */
export async function outgoingDeadlineMessages(em: EntityManager, d: Deadline, a: { moment: string }): Promise<{ remind: Message; escalate: Message }> {
  const doc = await em.findOneOrFail(OutgoingDocument, d.documentId);
  const what = describeOutgoing(doc);
  const due = formatVi(d.dueAt.getTime());
  if (d.kind === 'outgoing_review') {
    const step = await em.findOne(OutgoingReviewStep, { activationId: d.subjectId });
    const label = step?.kind === 'sign' ? 'ký' : 'cho ý kiến';
    return {
      remind: {
        recipients: step ? [step.reviewerId] : [],
        title: a.moment === 'before' ? `Sắp đến hạn ${label} dự thảo` : `Đến hạn ${label} dự thảo`,
        body: `${what}. Hạn ${label}: ${due}.`,
      },
      escalate: { recipients: [doc.drafterId], title: `Dự thảo quá hạn ${label}`, body: `${what} chưa được ${label}; hạn ${due} đã qua.` },
    };
  }
  const [clerks, chiefs] = await Promise.all([listUsers({ em, role: 'clerk' }), listUsers({ em, role: 'office_chief' })]);
  return dispatchMessages(doc, d, a.moment, { clerkIds: clerks.map((u) => u.id), chiefIds: chiefs.map((u) => u.id) });
}

/** The văn thư's reminders and the chánh văn phòng's escalation of a signed document not yet issued (one document's, or a round's). */
export function dispatchMessages(
  doc: Pick<OutgoingDocument, 'documentTypeCode' | 'subject' | 'numberNotation' | 'urgency' | 'dispatchLimitAt'>,
  d: Pick<Deadline, 'dueAt'>,
  moment: string,
  people: { clerkIds: string[]; chiefIds: string[] },
): { remind: Message; escalate: Message } {
  const what = describeOutgoing(doc);
  const due = formatVi(d.dueAt.getTime());
  const limit = formatVi(doc.dispatchLimitAt?.getTime() ?? d.dueAt.getTime());
  return {
    remind: {
      recipients: people.clerkIds,
      title: moment === 'before' ? 'Sắp hết hạn phát hành trong ngày' : doc.urgency === 'normal' ? 'Chưa phát hành trong ngày ký' : 'Văn bản khẩn chưa phát hành',
      body: `${what} đã ký, chưa phát hành. ${moment === 'before' ? `Phát hành trước ${due}` : `Hạn cuối: ${limit}`}.`,
    },
    escalate: { recipients: people.chiefIds, title: 'Quá hạn phát hành văn bản đi', body: `${what} đã ký nhưng chưa phát hành; hạn ${due} đã qua.` },
  };
}
