import type { Role } from '@/gql/graphql';
import type { ScopeSegment } from './task-filter';

/** Who may give tasks (the server decides to whom: leaders anyone, unit heads the people of their unit). */
export const ASSIGNERS: readonly Role[] = ['LEADER', 'OFFICE_CHIEF', 'UNIT_HEAD'];
/** Who sees the dashboard (leaders every unit, unit heads their own). */
export const DASHBOARD_READERS: readonly Role[] = ['LEADER', 'OFFICE_CHIEF', 'UNIT_HEAD'];
/** Who may choose any unit and see every task. */
export const OVERSEERS: readonly Role[] = ['LEADER', 'OFFICE_CHIEF'];

const SCOPE_ROLES: Record<ScopeSegment, readonly Role[] | null> = {
  mine: null,
  assigned: ASSIGNERS,
  unit: ['LEADER', 'OFFICE_CHIEF', 'UNIT_HEAD'],
  all: OVERSEERS,
};

export function hasAny(roles: readonly Role[], wanted: readonly Role[] | null): boolean {
  return !wanted || wanted.some((r) => roles.includes(r));
}

/** The lists a user has, in menu order. */
export function scopesFor(roles: readonly Role[]): ScopeSegment[] {
  return (Object.keys(SCOPE_ROLES) as ScopeSegment[]).filter((s) => hasAny(roles, SCOPE_ROLES[s]));
}
