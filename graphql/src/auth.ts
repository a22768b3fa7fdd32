import { GraphQLError } from 'graphql';
import type { Actor } from '../../backend/src/shared/actor.ts';
import { unauthenticated } from '../../backend/src/modules/org/org.errors.ts';
import type { Context } from './context.ts';

/** For mutations: a typed DomainError result. */
export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** For queries: a GraphQL error with code UNAUTHENTICATED (not masked: it is an expected answer). */
export function requireActorForQuery(ctx: Context): Actor {
  if (!ctx.actor) throw new GraphQLError('Bạn cần đăng nhập.', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.actor;
}
