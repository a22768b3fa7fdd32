import { ApplicationFailure } from '@temporalio/activity';
import { DomainError, InputError } from '../shared/errors.ts';

/** Refusals are answers, not faults: they must not be retried, and must reach the caller with their code and field. */
export async function asActivity<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DomainError) {
      throw ApplicationFailure.create({ type: e.code, message: e.message, nonRetryable: true, details: [{ field: e.field ?? null }] });
    }
    if (e instanceof InputError) {
      throw ApplicationFailure.create({ type: e.code, message: e.message, nonRetryable: true, details: [{ fieldErrors: e.fieldErrors }] });
    }
    throw e;
  }
}
