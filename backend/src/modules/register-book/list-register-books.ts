import type { EntityManager } from '@mikro-orm/postgresql';
import { RegisterBook, type BookDirection } from './register-book.entity.ts';

/** Ordinary books first, then the confidential ones; inactive books only for the administrator. */
export function listRegisterBooks(opts: { em: EntityManager; year: number; direction: BookDirection; includeInactive?: boolean }): Promise<RegisterBook[]> {
  return opts.em.find(
    RegisterBook,
    { year: opts.year, direction: opts.direction, ...(opts.includeInactive ? {} : { active: true }) },
    { orderBy: { active: 'desc', confidential: 'asc', code: 'asc' } },
  );
}

export function findRegisterBooks(opts: { em: EntityManager; ids: readonly string[] }): Promise<RegisterBook[]> {
  return opts.em.find(RegisterBook, { id: { $in: [...opts.ids] } });
}
