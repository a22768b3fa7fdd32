import { graphql } from '@/gql';

// Every mutation union ends with these two members; spread both in each mutation.
graphql(`
  fragment InputErrorFields on InputError {
    code
    message
    fieldErrors {
      field
      code
      message
    }
  }
`);

graphql(`
  fragment DomainErrorFields on DomainError {
    code
    message
    field
  }
`);

/** Mutations name InboxCount so the menu counts and open inbox lists are fetched again afterwards. */
export const AFTER_MUTATION = { additionalTypenames: ['InboxCount', 'IncomingDocumentConnection'] };
