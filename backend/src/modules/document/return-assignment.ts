import type { EntityManager } from '@mikro-orm/postgresql';
import { returnAssignmentRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import type { AssignmentView } from './assignment-view.ts';
import { endPartStep } from './distribution-step.ts';

/**
 * Trả lại phần việc: a specialist gives their part back to the unit head (the unit's part is
 * pending again, its limit still running); a unit head gives the unit's part back to the leader,
 * and a person the leader named gives theirs back (the part ends as returned; the leader moves it).
 */
export function returnAssignment(opts: { em: EntityManager; stepKey: string; actor: Actor; assignmentId: string; reason: string; now: Date }): Promise<AssignmentView[]> {
  return endPartStep({
    ...opts,
    status: 'returned',
    kind: 'assignment.returned',
    refusal: returnAssignmentRefusal,
    data: (a) => ({ toParent: a.parentId !== null }),
  });
}
