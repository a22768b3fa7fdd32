import { defineEntity, p } from '@mikro-orm/core';

export const BOOK_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type BookDirection = (typeof BOOK_DIRECTIONS)[number];

const RegisterBookSchema = defineEntity({
  name: 'RegisterBook',
  tableName: 'register_book',
  uniques: [{ properties: ['year', 'direction', 'code'] }],
  properties: {
    id: p.uuid().primary(),
    year: p.integer(),
    direction: p.enum(BOOK_DIRECTIONS),
    code: p.string(),
    name: p.string(),
    /** The separate book of mật, tối mật and tuyệt mật documents (Decree 30 art. 15.2). */
    confidential: p.boolean().default(false),
    /** Set for the book of an advisory body (hội đồng, ban, tổ) that uses the agency's seal. */
    advisoryBody: p.string().nullable(),
    /** An inactive book takes no new documents; its numbers stay. */
    active: p.boolean().default(true),
    /** The last number handed out; the next is lastNumber + 1 (Decree 30: from 01 on 1 January). */
    lastNumber: p.integer().default(0),
  },
});
export class RegisterBook extends RegisterBookSchema.class {}
RegisterBookSchema.setClass(RegisterBook);
