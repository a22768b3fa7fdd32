import type { EntityManager } from '@mikro-orm/postgresql';
import { withdrawRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import type { Actor } from '../../shared/actor.ts';
import type { AssignmentView } from './assignment-view.ts';
import { endPartStep } from './distribution-step.ts';

/**
 * Thu hồi: whoever gave a part takes it back with a reason (a phối hợp or để biết part by the
 * leaders — removing a coordinator; a specialist's part by the unit head, whose unit part is pending again).
 */
export function withdrawAssignment(opts: { em: EntityManager; stepKey: string; actor: Actor; assignmentId: string; reason: string; now: Date }): Promise<AssignmentView[]> {
  return endPartStep({ ...opts, status: 'withdrawn', kind: 'assignment.withdrawn', refusal: withdrawRefusal });
}
