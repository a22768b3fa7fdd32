import { describe, expect, it } from 'vitest';
import { DomainError, InputError } from '../../shared/errors.ts';
import { chooseBook, type BookChoiceInfo } from './choose-book.ts';

const book = (id: string, over: Partial<BookChoiceInfo> = {}): BookChoiceInfo => ({
  id,
  code: id.toUpperCase(),
  name: `Sổ ${id}`,
  confidential: false,
  advisoryBody: null,
  active: true,
  ...over,
});
const vbd = book('vbd');
const mat = book('mat', { confidential: true });
const council = book('hd', { advisoryBody: 'Hội đồng thi đua – khen thưởng' });
const old = book('old', { active: false });

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.fieldErrors.map((f) => `${f.field}:${f.code}`).join();
    if (e instanceof DomainError) return `${e.field}:${e.code}`;
    throw e;
  }
  return 'accepted';
};

describe('choosing the register book', () => {
  it('by rule: mật documents to the confidential book, ordinary ones to the main book, never to an advisory body’s', () => {
    expect(chooseBook([council, mat, vbd], 'normal', null).id).toBe('vbd');
    expect(chooseBook([council, mat, vbd], 'secret', null).id).toBe('mat');
    expect(chooseBook([council, mat, vbd], 'absolute_secret', null).id).toBe('mat');
  });

  it('by rule without a confidential book: mật documents go to the ordinary book', () => {
    expect(chooseBook([vbd], 'top_secret', null).id).toBe('vbd');
  });

  it('by rule with nothing suitable: asks the văn thư to choose', () => {
    expect(refusal(() => chooseBook([council, mat], 'normal', null))).toBe('bookId:NO_SUITABLE_BOOK');
  });

  it('checks the văn thư’s choice against the document’s độ mật', () => {
    expect(chooseBook([vbd, mat, council], 'normal', 'hd').id).toBe('hd');
    expect(refusal(() => chooseBook([vbd, mat], 'secret', 'vbd'))).toBe('bookId:BOOK_NOT_CONFIDENTIAL');
    expect(refusal(() => chooseBook([vbd, mat], 'normal', 'mat'))).toBe('bookId:BOOK_ONLY_CONFIDENTIAL');
    expect(chooseBook([vbd], 'secret', 'vbd').id).toBe('vbd');
  });

  it('refuses a book of another year (not in the list) or one no longer in use', () => {
    expect(refusal(() => chooseBook([vbd], 'normal', 'elsewhere'))).toBe('bookId:BOOK_NOT_FOUND');
    expect(refusal(() => chooseBook([vbd, old], 'normal', 'old'))).toBe('bookId:BOOK_INACTIVE');
  });
});
