import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasUnauthenticatedPayload, isUnauthenticated } from './session-errors';

describe('session errors', () => {
  it('recognises a query refused for lack of a session', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Bạn cần đăng nhập.', { extensions: { code: 'UNAUTHENTICATED' } })],
    });
    expect(isUnauthenticated(error)).toBe(true);
    expect(isUnauthenticated(new CombinedError({ graphQLErrors: [new GraphQLError('x')] }))).toBe(false);
  });

  it('recognises a mutation refused for lack of a session', () => {
    expect(hasUnauthenticatedPayload({ assignHandler: { __typename: 'DomainError', code: 'UNAUTHENTICATED' } })).toBe(true);
    expect(hasUnauthenticatedPayload({ login: { __typename: 'DomainError', code: 'INVALID_CREDENTIALS' } })).toBe(false);
    expect(hasUnauthenticatedPayload({ logout: true })).toBe(false);
    expect(hasUnauthenticatedPayload(undefined)).toBe(false);
  });
});
