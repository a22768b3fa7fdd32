import { describe, expect, it } from 'vitest';
import { handlingByUser, pendingForUnit, type AssignmentLike, type AssignmentTree } from './my-assignments';

const unitLevel = (id: string, unitId: string, status: AssignmentLike['status'], children: AssignmentLike[] = []): AssignmentTree => ({
  id,
  status,
  unit: { id: unitId },
  assignee: null,
  children,
});
const personal = (id: string, userId: string, status: AssignmentLike['status']): AssignmentTree => ({
  id,
  status,
  unit: null,
  assignee: { id: userId },
  children: [],
});

describe('my assignments', () => {
  const assignments: AssignmentTree[] = [
    unitLevel('a1', 'u1', 'PENDING'),
    unitLevel('a2', 'u2', 'HANDLING', [personal('c1', 'sv1', 'HANDLING'), personal('c2', 'sv2', 'DONE')]),
    unitLevel('a3', 'u1', 'UNSEEN'),
    personal('a4', 'sv1', 'HANDLING'),
  ];

  it('finds what the unit head must assign', () => {
    expect(pendingForUnit(assignments, 'u1').map((a) => a.id)).toEqual(['a1']);
    expect(pendingForUnit(assignments, 'u2')).toEqual([]);
    expect(pendingForUnit(assignments, undefined)).toEqual([]);
  });

  it('finds what the specialist is handling, at any level', () => {
    expect(handlingByUser(assignments, 'sv1').map((a) => a.id)).toEqual(['c1', 'a4']);
    expect(handlingByUser(assignments, 'sv2')).toEqual([]);
  });
});
