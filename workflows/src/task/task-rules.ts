import type { Actor } from '../../../backend/src/shared/actor.ts';
import type { TaskStatus } from '../../../backend/src/modules/task/task.entity.ts';

/**
 * Who may take which step on a task, and when: one pure file used by the workflow's validators, the
 * use cases (again, inside their transaction) and `Task.myActions`. A refusal carries the error code and
 * the Vietnamese message the user sees.
 */

export interface TaskRuleView {
  status: TaskStatus;
  assignedById: string;
  leadUnitId: string | null;
  leadUserId: string | null;
  /** A subtask (its chủ trì is a person; it cannot be split again). */
  parentId: string | null;
  hasPendingExtension: boolean;
  /** Subtasks not yet ended (done, refused, cancelled). */
  openSubtasks: number;
}

export type Refusal = { type: string; message: string } | null;

export const TaskRefusal = {
  Forbidden: 'FORBIDDEN',
  WrongState: 'TASK_WRONG_STATE',
  ExtensionPending: 'EXTENSION_PENDING',
  NoPendingExtension: 'EXTENSION_NOT_FOUND',
  SubtasksOpen: 'SUBTASKS_OPEN',
} as const;

export const OPEN_STATUSES: readonly TaskStatus[] = ['awaiting_acceptance', 'in_progress', 'awaiting_evaluation'];
export const isOpen = (s: TaskStatus | 'new') => (OPEN_STATUSES as readonly string[]).includes(s);

const forbidden = (message: string): Refusal => ({ type: TaskRefusal.Forbidden, message });
const wrongState = (message: string): Refusal => ({ type: TaskRefusal.WrongState, message });
const CLOSED = 'Nhiệm vụ đã kết thúc (hoàn thành, bị từ chối hoặc đã hủy).';

/** Giao việc: leaders and the chánh văn phòng for anyone, unit heads for the people of their unit. */
export const canAssignTasks = (actor: Actor) => actor.roles.some((r) => r === 'leader' || r === 'office_chief' || r === 'unit_head');
export const assignsAgencyWide = (actor: Actor) => actor.roles.some((r) => r === 'leader' || r === 'office_chief');

/** The chủ trì acts: the person, or a head of the chủ trì unit. */
export const isLead = (actor: Actor, t: Pick<TaskRuleView, 'leadUnitId' | 'leadUserId'>) =>
  t.leadUserId === actor.id || (t.leadUnitId !== null && t.leadUnitId === actor.unitId && actor.roles.includes('unit_head'));
export const isAssigner = (actor: Actor, t: Pick<TaskRuleView, 'assignedById'>) => t.assignedById === actor.id;

const leadOnly = (actor: Actor, t: TaskRuleView, what: string): Refusal =>
  isLead(actor, t) ? null : forbidden(`Chỉ người chủ trì (hoặc trưởng đơn vị chủ trì) được ${what}.`);
const assignerOnly = (actor: Actor, t: TaskRuleView, what: string): Refusal =>
  isAssigner(actor, t) ? null : forbidden(`Chỉ người giao nhiệm vụ được ${what}.`);
const whileOpen = (t: TaskRuleView): Refusal => (isOpen(t.status) ? null : wrongState(CLOSED));
const inProgress = (t: TaskRuleView, what: string): Refusal =>
  !isOpen(t.status) ? wrongState(`${CLOSED} Không thể ${what}.`) : t.status === 'in_progress' ? null : wrongState(`Nhiệm vụ không ở trạng thái đang thực hiện, không thể ${what}.`);

export const acceptRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  leadOnly(actor, t, 'tiếp nhận nhiệm vụ') ??
  (t.status === 'awaiting_acceptance' ? null : wrongState('Nhiệm vụ không ở trạng thái chờ tiếp nhận.'));

export const refuseRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  leadOnly(actor, t, 'từ chối nhiệm vụ') ??
  (t.status === 'awaiting_acceptance' ? null : wrongState('Chỉ từ chối được nhiệm vụ đang chờ tiếp nhận.'));

export const createSubtaskRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  (t.leadUnitId !== null && t.leadUnitId === actor.unitId && actor.roles.includes('unit_head')
    ? null
    : forbidden('Chỉ trưởng đơn vị chủ trì được giao nhiệm vụ con.')) ?? inProgress(t, 'giao nhiệm vụ con');

export const reportRefusal = (actor: Actor, t: TaskRuleView): Refusal => leadOnly(actor, t, 'báo cáo tiến độ') ?? inProgress(t, 'báo cáo tiến độ');

export const requestExtensionRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  leadOnly(actor, t, 'xin gia hạn') ??
  inProgress(t, 'xin gia hạn') ??
  (t.hasPendingExtension ? { type: TaskRefusal.ExtensionPending, message: 'Đã có một đề nghị gia hạn đang chờ người giao việc xem xét.' } : null);

export const decideExtensionRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  assignerOnly(actor, t, 'duyệt đề nghị gia hạn') ??
  whileOpen(t) ??
  (t.hasPendingExtension ? null : { type: TaskRefusal.NoPendingExtension, message: 'Không có đề nghị gia hạn nào đang chờ duyệt.' });

export const submitRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  leadOnly(actor, t, 'báo cáo kết quả') ??
  inProgress(t, 'báo cáo kết quả') ??
  (t.openSubtasks > 0 ? { type: TaskRefusal.SubtasksOpen, message: `Còn ${t.openSubtasks} nhiệm vụ con chưa kết thúc; hãy đánh giá hoặc hủy trước khi báo cáo kết quả.` } : null);

export const evaluateRefusal = (actor: Actor, t: TaskRuleView): Refusal =>
  assignerOnly(actor, t, 'đánh giá kết quả') ?? (t.status === 'awaiting_evaluation' ? null : wrongState('Nhiệm vụ chưa được báo cáo kết quả để đánh giá.'));

export const cancelRefusal = (actor: Actor, t: TaskRuleView): Refusal => assignerOnly(actor, t, 'hủy nhiệm vụ') ?? whileOpen(t);

export const nudgeRefusal = (actor: Actor, t: TaskRuleView): Refusal => assignerOnly(actor, t, 'đôn đốc nhiệm vụ') ?? whileOpen(t);

export type TaskActionName =
  | 'ACCEPT'
  | 'REFUSE'
  | 'CREATE_SUBTASK'
  | 'REPORT_PROGRESS'
  | 'REQUEST_EXTENSION'
  | 'DECIDE_EXTENSION'
  | 'SUBMIT_RESULT'
  | 'EVALUATE'
  | 'CANCEL'
  | 'NUDGE';

const RULES: Array<[TaskActionName, (actor: Actor, t: TaskRuleView) => Refusal]> = [
  ['ACCEPT', acceptRefusal],
  ['REFUSE', refuseRefusal],
  ['CREATE_SUBTASK', createSubtaskRefusal],
  ['REPORT_PROGRESS', reportRefusal],
  ['REQUEST_EXTENSION', requestExtensionRefusal],
  ['DECIDE_EXTENSION', decideExtensionRefusal],
  // Offered while subtasks are open too: the answer says which are left.
  ['SUBMIT_RESULT', (actor, t) => submitRefusal(actor, { ...t, openSubtasks: 0 })],
  ['EVALUATE', evaluateRefusal],
  ['CANCEL', cancelRefusal],
  ['NUDGE', nudgeRefusal],
];

/** The steps the actor may take now. */
export const taskActions = (actor: Actor, t: TaskRuleView): TaskActionName[] => RULES.filter(([, rule]) => rule(actor, t) === null).map(([name]) => name);
