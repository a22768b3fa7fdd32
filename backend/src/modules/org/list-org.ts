import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit, User, type Role } from './org.entity.ts';

export function listUnits(opts: { em: EntityManager }): Promise<Unit[]> {
  return opts.em.find(Unit, {}, { orderBy: { sortOrder: 'asc', name: 'asc' } });
}

export function listUsers(opts: { em: EntityManager; unitId?: string; role?: Role }): Promise<User[]> {
  return opts.em.find(
    User,
    { active: true, ...(opts.unitId ? { unitId: opts.unitId } : {}), ...(opts.role ? { roles: { $contains: [opts.role] } } : {}) },
    { orderBy: { fullName: 'asc' } },
  );
}

export function findUsersByIds(opts: { em: EntityManager; ids: readonly string[] }): Promise<User[]> {
  return opts.em.find(User, { id: { $in: [...opts.ids] } });
}

export function findUnitsByIds(opts: { em: EntityManager; ids: readonly string[] }): Promise<Unit[]> {
  return opts.em.find(Unit, { id: { $in: [...opts.ids] } });
}

/** The unit head: the first active user of the unit holding the unit_head role. */
export async function findUnitHeads(opts: { em: EntityManager; unitIds: readonly string[] }): Promise<User[]> {
  return opts.em.find(User, { unitId: { $in: [...opts.unitIds] }, active: true, roles: { $contains: ['unit_head'] } });
}
