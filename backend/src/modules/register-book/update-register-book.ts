import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { isUuid } from '../../shared/ids.ts';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';
import { bookCodeTaken } from './create-register-book.ts';
import { RegisterBook } from './register-book.entity.ts';
import { BOOK_ADMIN_ACTION, bookNotFound, RegisterBookErrorCode } from './register-book.errors.ts';
import { validateRegisterBook, type RegisterBookInput } from './validate-register-book.ts';

type Change = Partial<RegisterBookInput> & { active?: boolean };

/**
 * Renames, reclassifies, deactivates or reactivates a book. The sequence is never touched here: the row
 * lock taken first waits for registrations in flight, and the code is fixed once a number was handed out
 * (it identifies the book on printed registers).
 */
export async function updateRegisterBook(opts: { em: EntityManager; actor: Actor; id: string; change: Change; now: Date }): Promise<RegisterBook> {
  if (!opts.actor.roles.includes('admin')) throw forbidden(BOOK_ADMIN_ACTION);
  if (!isUuid(opts.id)) throw bookNotFound('id');
  return opts.em.transactional(async (em) => {
    const book = await em.findOne(RegisterBook, opts.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!book) throw bookNotFound('id');
    const before = { code: book.code, name: book.name, confidential: book.confidential, advisoryBody: book.advisoryBody ?? null, active: book.active };
    const { change } = opts;
    const clean = validateRegisterBook({
      code: change.code ?? book.code,
      name: change.name ?? book.name,
      confidential: change.confidential ?? book.confidential,
      advisoryBody: change.advisoryBody === undefined ? book.advisoryBody : change.advisoryBody,
    });
    if (clean.code !== book.code) {
      if (book.lastNumber > 0) {
        throw new InputError([
          { field: 'code', code: RegisterBookErrorCode.CodeInUse, message: 'Sổ đã cấp số đến, không đổi được mã sổ.' },
        ]);
      }
      const taken = await em.count(RegisterBook, { year: book.year, direction: book.direction, code: clean.code });
      if (taken) throw bookCodeTaken(clean.code, book.year);
    }
    const after = { ...clean, active: change.active ?? book.active };
    Object.assign(book, after);
    recordEvent(em, {
      stepKey: `register_book.updated:${randomUUID()}`,
      subjectType: 'register_book',
      subjectId: book.id,
      kind: 'register_book.updated',
      actorId: opts.actor.id,
      at: opts.now,
      data: { before, after },
    });
    await em.flush();
    return book;
  });
}
