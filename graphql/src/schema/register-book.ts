import { listRegisterBooks } from '../../../backend/src/modules/register-book/list-register-books.ts';
import { RegisterBook } from '../../../backend/src/modules/register-book/register-book.entity.ts';
import { requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';

export const BookDirectionEnum = builder.enumType('BookDirection', {
  values: { INCOMING: { value: 'incoming' }, OUTGOING: { value: 'outgoing' } } as const,
});

builder.objectType(RegisterBook, {
  name: 'RegisterBook',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    direction: t.field({ type: BookDirectionEnum, resolve: (b) => b.direction }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    lastNumber: t.exposeInt('lastNumber'),
  }),
});

builder.queryField('registerBooks', (t) =>
  t.field({
    type: [RegisterBook],
    args: { year: t.arg.int({ required: true }), direction: t.arg({ type: BookDirectionEnum, required: true }) },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return listRegisterBooks({ em: ctx.em, year: args.year, direction: args.direction });
    },
  }),
);
