import type { EntityManager } from '@mikro-orm/postgresql';
import { formatViDate, vnToday } from '../../shared/dates.ts';
import { describeIncomingDocument } from '../document/deadline-parties.ts';
import type { AssignmentRole } from '../document/document.entity.ts';
import { findUnitHeads, findUnitsByIds, findUsersByIds } from '../org/list-org.ts';
import { createNotifications } from './create-notifications.ts';

/** How the part reached its new holder: the leader's direction, a unit head's assignment, a chuyển tiếp, a bổ sung. */
export type HandOver = 'directed' | 'handler_assigned' | 'reassigned' | 'added';

export interface NewPart {
  id: string;
  role: AssignmentRole;
  unitId?: string | null;
  assigneeId?: string | null;
  deadline?: Date | null;
}

const ROLE_VI: Record<AssignmentRole, string> = { lead: 'chủ trì', coordinate: 'phối hợp', inform: 'để biết' };

/** The bell's line: what the recipient has to do now. */
export function handOverTitle(how: HandOver, role: AssignmentRole): string {
  if (role === 'inform') return 'Văn bản gửi để biết';
  if (how === 'reassigned') return `Được chuyển tiếp phần việc ${ROLE_VI[role]}`;
  if (how === 'handler_assigned') return `Được phân công xử lý (${ROLE_VI[role]})`;
  return `Được giao ${ROLE_VI[role]} xử lý văn bản`;
}

/**
 * Tells each new holder of a part that it is theirs: the person, or the heads of the unit for a
 * unit-level part (not the one who gave it, should they be among them). Runs in the step's
 * transaction; `<stepKey>:received:<part>` per recipient keeps a retried step to one notification.
 */
export async function notifyNewAssignees(
  em: EntityManager,
  opts: { stepKey: string; documentId: string; parts: readonly NewPart[]; how: HandOver; actorId: string; now: Date },
): Promise<number> {
  if (opts.parts.length === 0) return 0;
  const unitIds = [...new Set(opts.parts.flatMap((p) => (!p.assigneeId && p.unitId ? [p.unitId] : [])))];
  const [doc, [giver], heads, units] = await Promise.all([
    describeIncomingDocument(em, opts.documentId),
    findUsersByIds({ em, ids: [opts.actorId] }),
    unitIds.length ? findUnitHeads({ em, unitIds }) : [],
    unitIds.length ? findUnitsByIds({ em, ids: unitIds }) : [],
  ]);
  let sent = 0;
  for (const p of opts.parts) {
    const recipients = (p.assigneeId ? [p.assigneeId] : heads.filter((h) => h.unitId === p.unitId).map((h) => h.id)).filter((id) => id !== opts.actorId);
    const to = p.assigneeId ? 'bạn' : (units.find((u) => u.id === p.unitId)?.name ?? 'đơn vị');
    const deadline = p.deadline ? `; hạn xử lý ${formatViDate(vnToday(p.deadline))}` : '';
    sent += await createNotifications(em, {
      stepKey: `${opts.stepKey}:received:${p.id}`,
      userIds: recipients,
      now: opts.now,
      notification: {
        kind: 'assignment.received',
        subjectType: 'incoming_document',
        subjectId: opts.documentId,
        title: handOverTitle(opts.how, p.role),
        body:
          p.role === 'inform'
            ? `${doc}. Gửi ${to} để biết. Người gửi: ${giver?.fullName ?? '—'}.`
            : `${doc}. Phần việc ${ROLE_VI[p.role]} giao cho ${to}${deadline}. Người giao: ${giver?.fullName ?? '—'}.`,
      },
    });
  }
  return sent;
}
