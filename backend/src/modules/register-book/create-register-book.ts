import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';
import { RegisterBook, type BookDirection } from './register-book.entity.ts';
import { BOOK_ADMIN_ACTION, RegisterBookErrorCode } from './register-book.errors.ts';
import { validateBookYear, validateRegisterBook, type RegisterBookInput } from './validate-register-book.ts';

export const bookCodeTaken = (code: string, year: number) =>
  new InputError([{ field: 'code', code: RegisterBookErrorCode.CodeTaken, message: `Năm ${year} đã có sổ mã “${code}”.` }]);

/** A new book for a year, numbered from 01 (Decree 30 art. 15.1: from 1 January to 31 December). */
export async function createRegisterBook(opts: {
  em: EntityManager;
  actor: Actor;
  year: number;
  direction: BookDirection;
  input: RegisterBookInput;
  now: Date;
}): Promise<RegisterBook> {
  if (!opts.actor.roles.includes('admin')) throw forbidden(BOOK_ADMIN_ACTION);
  validateBookYear(opts.year);
  const clean = validateRegisterBook(opts.input);
  return opts.em.transactional(async (em) => {
    const id = randomUUID();
    // The unique key (year, direction, code) decides between two administrators creating the same code.
    const rows = await em.execute<{ id: string }[]>(
      `insert into register_book (id, year, direction, code, name, confidential, advisory_body, active, last_number)
       values (?, ?, ?, ?, ?, ?, ?, true, 0) on conflict (year, direction, code) do nothing returning id`,
      [id, opts.year, opts.direction, clean.code, clean.name, clean.confidential, clean.advisoryBody],
    );
    if (!rows.length) throw bookCodeTaken(clean.code, opts.year);
    recordEvent(em, {
      stepKey: `register_book.created:${id}`,
      subjectType: 'register_book',
      subjectId: id,
      kind: 'register_book.created',
      actorId: opts.actor.id,
      at: opts.now,
      data: { year: opts.year, direction: opts.direction, ...clean },
    });
    await em.flush();
    return em.findOneOrFail(RegisterBook, id);
  });
}
