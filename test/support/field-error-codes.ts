import { InputError } from '../../backend/src/shared/errors.ts';

/** Runs a validation and answers { field: code } for the InputError it throws ({} when it passes). */
export function fieldErrorCodes(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return Object.fromEntries(e.fieldErrors.map((f) => [f.field, f.code]));
    throw e;
  }
  return {};
}
