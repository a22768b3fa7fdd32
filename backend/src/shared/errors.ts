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
