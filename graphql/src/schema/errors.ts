import { DomainError, InputError, type FieldError } from '../../../backend/src/shared/errors.ts';
import { builder } from '../builder.ts';

export const ErrorInterface = builder.interfaceRef<{ code: string; message: string }>('Error').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InputError, {
  name: 'InputError',
  description: 'Bad input: nothing was written',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof InputError,
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(DomainError, {
  name: 'DomainError',
  description: 'Refused by the rules (sign-in, role, state, not found): nothing was written',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof DomainError,
  fields: (t) => ({ field: t.exposeString('field', { nullable: true }) }),
});

/** Every mutation answers with its data or one of these; anything else is a fault and is masked. */
export const mutationErrors = { types: [InputError, DomainError], dataField: { name: 'data' } };
