import type { AssignmentStatus } from '@/gql/graphql';

/** The shape these rules read; the generated fragment types satisfy it. */
export interface AssignmentLike {
  id: string;
  status: AssignmentStatus;
  unit: { id: string } | null;
  assignee: { id: string } | null;
}

export type AssignmentTree = AssignmentLike & { children: readonly AssignmentLike[] };

/** Unit-level assignments of my unit that still wait for the head to name a specialist. */
export function pendingForUnit<A extends AssignmentLike>(assignments: readonly A[], unitId: string | undefined): A[] {
  if (!unitId) return [];
  return assignments.filter((a) => a.unit?.id === unitId && !a.assignee && a.status === 'PENDING');
}

/** My own assignments in progress, at unit level or under one. */
export function handlingByUser<A extends AssignmentTree>(
  assignments: readonly A[],
  userId: string | undefined,
): (A | A['children'][number])[] {
  if (!userId) return [];
  const all = assignments.flatMap((a): (A | A['children'][number])[] => [a, ...a.children]);
  return all.filter((a) => a.assignee?.id === userId && a.status === 'HANDLING');
}
