/** A refusal by the rules (role, state, not found). Crosses the Temporal boundary as an ApplicationFailure of type `code`. */
export class DomainError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Bad input, reported per field; nothing was written. */
export class InputError extends Error {
  readonly code = 'INVALID_INPUT';
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[]) {
    super('Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.');
    this.name = 'InputError';
    this.fieldErrors = fieldErrors;
  }
}

/** Runs both checks and throws one InputError with the field errors of both, so a form shows every problem at once. */
export function allValid<A, B>(a: () => A, b: () => B): [A, B] {
  const errors: FieldError[] = [];
  const run = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(...e.fieldErrors);
      return undefined;
    }
  };
  const ra = run(a);
  const rb = run(b);
  if (errors.length) throw new InputError(errors);
  return [ra as A, rb as B];
}
