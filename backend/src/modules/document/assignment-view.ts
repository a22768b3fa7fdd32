import type { Assignment, AssignmentRole, AssignmentStatus } from './document.entity.ts';

/** What a workflow needs to know of an assignment to validate the next human step. */
export interface AssignmentView {
  id: string;
  parentId: string | null;
  role: AssignmentRole;
  unitId: string | null;
  assigneeId: string | null;
  status: AssignmentStatus;
  deadline: string | null;
}

export const toAssignmentView = (a: Assignment): AssignmentView => ({
  id: a.id,
  parentId: a.parentId ?? null,
  role: a.role,
  unitId: a.unitId ?? null,
  assigneeId: a.assigneeId ?? null,
  status: a.status,
  deadline: a.deadline ? a.deadline.toISOString() : null,
});
