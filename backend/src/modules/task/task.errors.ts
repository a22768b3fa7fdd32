import { DomainError, InputError } from '../../shared/errors.ts';
import type { Refusal } from '../../../../workflows/src/task/task-rules.ts';

export const TaskErrorCode = {
  NotFound: 'TASK_NOT_FOUND',
  ExtensionNotFound: 'EXTENSION_NOT_FOUND',
  SourceNotFound: 'SOURCE_DOCUMENT_NOT_FOUND',
} as const;

export const taskNotFound = (field = 'taskId') => new DomainError(TaskErrorCode.NotFound, 'Không tìm thấy nhiệm vụ.', field);
export const extensionNotFound = () => new DomainError(TaskErrorCode.ExtensionNotFound, 'Không tìm thấy đề nghị gia hạn.', 'extensionId');

/** One field's problem, as the form shows it. */
export const fieldError = (field: string, code: string, message: string) => new InputError([{ field, code, message }]);

/** A rule's refusal as the typed error the edge answers with. */
export function enforce(r: Refusal): void {
  if (r) throw new DomainError(r.type, r.message);
}
