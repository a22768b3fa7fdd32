import type { EntityManager } from '@mikro-orm/postgresql';
import { findUnitHeads, listUsers } from '../org/list-org.ts';
import { Unit, User } from '../org/org.entity.ts';
import { Assignment, IncomingDocument, type AssignmentRole } from './document.entity.ts';

const ROLE_VI: Record<AssignmentRole, string> = { lead: 'chủ trì', coordinate: 'phối hợp', inform: 'để biết' };

/** "Văn bản đến số 12/2026 (183/UBND-KT): V/v …", as a reminder names the document. */
export async function describeIncomingDocument(em: EntityManager, documentId: string): Promise<string> {
  const d = await em.findOne(IncomingDocument, documentId, { fields: ['arrivalNumber', 'year', 'numberNotation', 'subject'] });
  if (!d) return 'Văn bản đến';
  const subject = d.subject.length > 160 ? `${d.subject.slice(0, 157)}…` : d.subject;
  if (d.arrivalNumber == null) return `Văn bản đến chưa vào sổ (${d.numberNotation}): ${subject}`;
  return `Văn bản đến số ${d.arrivalNumber}/${d.year} (${d.numberNotation}): ${subject}`;
}

export interface DeadlineMessage {
  recipients: string[];
  title: string;
  body: string;
}

/**
 * The submission limit (vào sổ và trình): the clerks are reminded, the chánh văn phòng is told when it
 * passes. Who is still to act depends on the step: registering (received) or submitting (registered).
 */
export async function submissionMessages(
  em: EntityManager,
  d: { documentId: string; dueAt: string },
  moment: 'before' | 'due' | 'overdue',
): Promise<{ remind: DeadlineMessage; escalate: DeadlineMessage }> {
  const [doc, row, clerks, chiefs] = await Promise.all([
    describeIncomingDocument(em, d.documentId),
    em.findOne(IncomingDocument, d.documentId, { fields: ['status'] }),
    listUsers({ em, role: 'clerk' }),
    listUsers({ em, role: 'office_chief' }),
  ]);
  const step = row?.status === 'received' ? 'vào sổ và trình' : 'trình';
  return {
    remind: {
      recipients: clerks.map((u) => u.id),
      title: moment === 'before' ? `Sắp đến hạn ${step} văn bản đến` : `Đến hạn ${step} văn bản đến`,
      body: `${doc}. Hạn ${step} lãnh đạo: ${d.dueAt}.`,
    },
    escalate: {
      recipients: chiefs.map((u) => u.id),
      title: `Quá hạn ${step} văn bản đến`,
      body: `${doc} chưa được ${step}; hạn ${d.dueAt} đã qua.`,
    },
  };
}

export interface AssignmentParties {
  /** Who must act: the person assigned, or the heads of the unit while the unit has the part. */
  doerIds: string[];
  /** Who gave the part: the leader who directed, or the unit head who assigned the person. */
  assignerId: string;
  /** "Phòng Tài chính – Kế hoạch" or the person's name. */
  who: string;
  /** "chủ trì", "phối hợp". */
  role: string;
}

/** The people an assignment's deadline concerns. */
export async function assignmentParties(em: EntityManager, assignmentId: string): Promise<AssignmentParties | null> {
  const a = await em.findOne(Assignment, assignmentId);
  if (!a) return null;
  if (a.assigneeId) {
    const person = await em.findOne(User, a.assigneeId, { fields: ['fullName'] });
    return { doerIds: [a.assigneeId], assignerId: a.assignedById, who: person?.fullName ?? 'người được giao', role: ROLE_VI[a.role] };
  }
  const [unit, heads] = await Promise.all([
    a.unitId ? em.findOne(Unit, a.unitId, { fields: ['name'] }) : null,
    a.unitId ? findUnitHeads({ em, unitIds: [a.unitId] }) : [],
  ]);
  return { doerIds: heads.map((h) => h.id), assignerId: a.assignedById, who: unit?.name ?? 'đơn vị được giao', role: ROLE_VI[a.role] };
}
