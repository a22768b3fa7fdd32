import type { EntityManager } from '@mikro-orm/postgresql';
import { RegisterBook, type BookDirection } from './register-book.entity.ts';

export function listRegisterBooks(opts: { em: EntityManager; year: number; direction: BookDirection }): Promise<RegisterBook[]> {
  return opts.em.find(RegisterBook, { year: opts.year, direction: opts.direction }, { orderBy: { code: 'asc' } });
}

export function findRegisterBooks(opts: { em: EntityManager; ids: readonly string[] }): Promise<RegisterBook[]> {
  return opts.em.find(RegisterBook, { id: { $in: [...opts.ids] } });
}
