import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { AssignmentStatus } from '../../../backend/src/modules/document/document.entity.ts';
import type { AssignmentView } from '../../../backend/src/modules/document/assignment-view.ts';

/**
 * Who may take which distribution step, and when: one pure definition used by the workflow's
 * validators (on its mirror of the assignments), the use cases (on the rows, inside the
 * transaction) and the GraphQL `myActions`. Each answer is null (allowed) or the refusal.
 */
export type Refusal = { type: 'FORBIDDEN' | 'DOCUMENT_WRONG_STATE'; message: string } | null;

/** Statuses after which a part asks nothing more of anyone (its deadline is no longer followed). */
export const ENDED_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['done', 'returned', 'withdrawn', 'reassigned', 'cancelled'];
export const isEnded = (status: AssignmentStatus) => ENDED_ASSIGNMENT_STATUSES.includes(status);

type Part = Pick<AssignmentView, 'id' | 'parentId' | 'role' | 'unitId' | 'assigneeId' | 'status'>;
type DocStatus = string;

const has = (actor: Actor, ...roles: Actor['roles']) => roles.some((r) => actor.roles.includes(r));
const isLeader = (actor: Actor) => has(actor, 'leader', 'office_chief');
const headOf = (actor: Actor, unitId: string | null) => unitId !== null && has(actor, 'unit_head') && actor.unitId === unitId;
const forbid = (message: string): Refusal => ({ type: 'FORBIDDEN', message });
const wrong = (message: string): Refusal => ({ type: 'DOCUMENT_WRONG_STATE', message });

/**
 * The internal outgoing document this copy came from was recalled or replaced: the copy is frozen and every
 * step is refused, whoever asks (the workflow's handlers say it with the reason, the rows without it).
 */
export function recalledRefusal(reason: string | null): Refusal {
  const why = reason?.trim().replace(/[.\s]+$/u, '');
  return wrong(`Văn bản đã bị thu hồi${why ? `: ${why}` : ''}. Không thực hiện được thao tác nào trên văn bản này.`);
}

/** The chủ trì part now in force: the leader's lead part that was not moved or taken back. */
export const currentLead = <T extends Part>(parts: readonly T[]): T | undefined =>
  parts.find((p) => p.role === 'lead' && !p.parentId && p.status !== 'reassigned' && p.status !== 'withdrawn');

/** Vào sổ a document received electronically (chờ vào sổ). */
export function registerReceivedRefusal(actor: Actor, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (!has(actor, 'clerk')) return forbid('Chỉ văn thư được vào sổ văn bản đến.');
  if (doc !== 'received') return wrong('Văn bản đã được vào sổ.');
  return null;
}

/** Trình: the văn thư submits a registered document to the leaders (chờ trình). */
export function submitRefusal(actor: Actor, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (!has(actor, 'clerk')) return forbid('Chỉ văn thư được trình văn bản.');
  if (doc !== 'registered') return wrong('Văn bản không ở trạng thái chờ trình.');
  return null;
}

/** Kết thúc – trả lại nơi gửi: the văn thư ends a document the leader returned by sending it back to its sender. */
export function sendBackRefusal(actor: Actor, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (!has(actor, 'clerk')) return forbid('Chỉ văn thư được trả lại văn bản cho nơi gửi.');
  if (doc !== 'returned') return wrong('Chỉ trả lại nơi gửi được văn bản lãnh đạo đã trả lại văn thư.');
  return null;
}

/** Trả lại văn bản: the leader gives a document awaiting direction back to the văn thư. */
export function returnDocumentRefusal(actor: Actor, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (!isLeader(actor)) return forbid('Chỉ lãnh đạo được trả lại văn bản cho văn thư.');
  if (doc !== 'awaiting_direction') return wrong('Chỉ trả lại được văn bản đang chờ cho ý kiến chỉ đạo.');
  return null;
}

/** The văn thư submits a returned document to the leaders again. */
export function resubmitRefusal(actor: Actor, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (!has(actor, 'clerk')) return forbid('Chỉ văn thư được trình lại văn bản.');
  if (doc !== 'returned') return wrong('Văn bản không ở trạng thái bị trả lại.');
  return null;
}

/**
 * Trả lại phần việc: a person gives their part back (the specialist to the unit head, a person the
 * leader named to the leader); a unit head gives the unit's part, not yet handed to anyone, back to the leader.
 */
export function returnAssignmentRefusal(actor: Actor, a: Part, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  const mine = a.assigneeId ? a.assigneeId === actor.id : !a.parentId && headOf(actor, a.unitId);
  if (a.role === 'inform' || !mine) return forbid('Chỉ người hoặc trưởng đơn vị được giao mới trả lại phần việc này.');
  if (doc !== 'in_progress' || a.status !== (a.assigneeId ? 'handling' : 'pending')) {
    return wrong(a.assigneeId ? 'Phần việc này không ở trạng thái đang xử lý.' : 'Chỉ trả lại được phần việc chưa phân công cho chuyên viên.');
  }
  return null;
}

/**
 * Thu hồi: the leaders take back a phối hợp or để biết part (the chủ trì is moved, not withdrawn);
 * the unit head takes back the part they gave a specialist.
 */
export function withdrawRefusal(actor: Actor, a: Part, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (a.parentId ? !headOf(actor, a.unitId) : !isLeader(actor)) return forbid('Chỉ người đã giao phần việc mới thu hồi được.');
  if (!a.parentId && a.role === 'lead') return wrong('Không thu hồi phần việc chủ trì; hãy chuyển tiếp cho đơn vị khác.');
  if (doc !== 'in_progress' || isEnded(a.status)) return wrong('Phần việc này đã kết thúc, không thu hồi được.');
  return null;
}

/**
 * Chuyển tiếp: the leaders move a chủ trì or phối hợp part to another unit or person (also one given
 * back to them); the unit head moves a specialist's part to another specialist of the unit.
 */
export function reassignRefusal(actor: Actor, a: Part, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (a.role === 'inform' || (a.parentId ? !headOf(actor, a.unitId) : !isLeader(actor))) return forbid('Chỉ người đã giao phần việc mới chuyển tiếp được.');
  const open = a.parentId ? a.status === 'handling' : ['pending', 'handling', 'returned'].includes(a.status);
  if (doc !== 'in_progress' || !open) return wrong('Phần việc này đã kết thúc, không chuyển tiếp được.');
  return null;
}

/** The leaders add a phối hợp or để biết unit or person after the direction. */
export function addAssigneeRefusal(actor: Actor, doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  if (!isLeader(actor)) return forbid('Chỉ lãnh đạo được bổ sung đơn vị, người phối hợp.');
  if (doc !== 'in_progress') return wrong('Văn bản không ở trạng thái đang xử lý.');
  return null;
}

/** Đã xem: the để biết person, or any member of the để biết unit. */
export function markSeenRefusal(actor: Actor, a: Part): Refusal {
  const mine = a.assigneeId ? a.assigneeId === actor.id : a.unitId === actor.unitId;
  if (a.role !== 'inform' || !mine) return forbid('Chỉ người nhận để biết mới đánh dấu đã xem.');
  if (a.status !== 'unseen') return wrong('Phần để biết này đã được đánh dấu đã xem.');
  return null;
}

/** Closing: the chủ trì (the lead person, or the head of the lead unit) once the lead part is done. */
export function closeRefusal(actor: Actor, parts: readonly Part[], doc: DocStatus): Refusal {
  if (doc === 'recalled') return recalledRefusal(null);
  const lead = currentLead(parts);
  const mine = lead && (lead.assigneeId ? lead.assigneeId === actor.id : headOf(actor, lead.unitId));
  if (!mine) return forbid('Chỉ đơn vị, người chủ trì mới kết thúc văn bản.');
  if (doc !== 'in_progress' || lead.status !== 'done') return wrong('Phần việc chủ trì chưa hoàn thành, chưa kết thúc được văn bản.');
  return null;
}
