/** The error members every mutation union shares (see `InputError` / `DomainError` in the schema). */
export type MutationError =
  | { __typename: 'InputError'; code: string; message: string; fieldErrors: { field: string; code: string; message: string }[] }
  | { __typename: 'DomainError'; code: string; message: string; field: string | null };

export interface FormErrors {
  /** Messages keyed by input field path (`numberNotation`, `lead.unitId`, `coordinators.0.deadline`). */
  fields: Record<string, string>;
  /** What cannot be shown under a form field: shown as an alert above the form. */
  alert: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, alert: null };

/**
 * Splits a mutation error into messages under fields and one alert. `knownFields` are the fields
 * the form can show a message under; an error on any other field goes to the alert so it is never lost.
 */
export function toFormErrors(
  error: MutationError,
  knownFields: (field: string) => boolean,
  fallbackAlert: string,
): FormErrors {
  const fields: Record<string, string> = {};
  const stray: string[] = [];
  if (error.__typename === 'InputError') {
    for (const fe of error.fieldErrors) {
      if (knownFields(fe.field)) fields[fe.field] = fields[fe.field] ? `${fields[fe.field]} ${fe.message}` : fe.message;
      else stray.push(fe.message);
    }
    const alert = stray.length ? stray.join(' ') : Object.keys(fields).length ? fallbackAlert : error.message;
    return { fields, alert };
  }
  // A domain error is a refusal of the whole action: always alert, and point at the field if there is one.
  if (error.field && knownFields(error.field)) fields[error.field] = error.message;
  return { fields, alert: error.message };
}

/** Narrows a mutation union member to its error members. */
export function isMutationError<T extends { __typename: string }>(
  payload: T,
): payload is Extract<T, { __typename: 'InputError' | 'DomainError' }> {
  return payload.__typename === 'InputError' || payload.__typename === 'DomainError';
}
