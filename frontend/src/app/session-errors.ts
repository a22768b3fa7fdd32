import type { CombinedError } from '@urql/core';

/** Mutations answer a missing session with a typed DomainError rather than a GraphQL error. */
export function hasUnauthenticatedPayload(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  return Object.values(data).some(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      (v as { __typename?: string }).__typename === 'DomainError' &&
      (v as { code?: string }).code === 'UNAUTHENTICATED',
  );
}

/** The session has ended on the server (expired, revoked): the UI must go back to the login page. */
export function isUnauthenticated(error: CombinedError): boolean {
  const status = (error.response as { status?: number } | undefined)?.status;
  if (status === 401) return true;
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
