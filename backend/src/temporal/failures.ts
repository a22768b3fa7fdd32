import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { DomainError, InputError, type FieldError } from '../shared/errors.ts';

function findApplicationFailure(e: unknown): ApplicationFailure | undefined {
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause) {
    if (c instanceof ApplicationFailure) return c;
  }
  return undefined;
}

/** A refused Update comes back as a failure chain; its ApplicationFailure carries our code, message and field. */
export function toAppError(e: unknown): unknown {
  if (!(e instanceof WorkflowUpdateFailedError)) return e;
  const f = findApplicationFailure(e);
  if (!f || !f.type) return e;
  const details = (f.details?.[0] ?? {}) as { field?: string | null; fieldErrors?: FieldError[] };
  if (f.type === 'INVALID_INPUT' && details.fieldErrors) return new InputError(details.fieldErrors);
  return new DomainError(f.type, f.message, details.field ?? undefined);
}

export async function mapFailures<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) {
      throw new DomainError('DOCUMENT_NOT_FOUND', 'Không tìm thấy văn bản hoặc văn bản đã kết thúc xử lý.');
    }
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
      throw new DomainError('TRY_AGAIN', 'Hệ thống đang bận, thao tác chưa xong. Vui lòng thử lại.');
    }
    throw toAppError(e);
  }
}
