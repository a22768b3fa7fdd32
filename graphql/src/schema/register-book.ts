import { createRegisterBook } from '../../../backend/src/modules/register-book/create-register-book.ts';
import { listRegisterBooks } from '../../../backend/src/modules/register-book/list-register-books.ts';
import { RegisterBook } from '../../../backend/src/modules/register-book/register-book.entity.ts';
import { BOOK_ADMIN_ACTION } from '../../../backend/src/modules/register-book/register-book.errors.ts';
import { updateRegisterBook } from '../../../backend/src/modules/register-book/update-register-book.ts';
import { forbidden } from '../../../backend/src/modules/org/org.errors.ts';
import type { Actor } from '../../../backend/src/shared/actor.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mutationErrors } from './errors.ts';

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
    confidential: t.exposeBoolean('confidential', { description: 'The book of mật, tối mật and tuyệt mật documents (Decree 30 art. 15.2)' }),
    advisoryBody: t.exposeString('advisoryBody', { nullable: true, description: 'The advisory body (hội đồng, ban, tổ) whose book this is' }),
    active: t.exposeBoolean('active', { description: 'An inactive book takes no new documents' }),
  }),
});

builder.queryField('registerBooks', (t) =>
  t.field({
    type: [RegisterBook],
    args: {
      year: t.arg.int({ required: true }),
      direction: t.arg({ type: BookDirectionEnum, required: true }),
      includeInactive: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return listRegisterBooks({ em: ctx.em, year: args.year, direction: args.direction, includeInactive: args.includeInactive ?? false });
    },
  }),
);

const CreateRegisterBookInput = builder.inputType('CreateRegisterBookInput', {
  fields: (t) => ({
    year: t.int({ required: true }),
    direction: t.field({ type: BookDirectionEnum, defaultValue: 'incoming' }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    confidential: t.boolean({ defaultValue: false }),
    advisoryBody: t.string(),
  }),
});

const UpdateRegisterBookInput = builder.inputType('UpdateRegisterBookInput', {
  description: 'Fields left out stay as they are; advisoryBody: null clears it',
  fields: (t) => ({
    code: t.string(),
    name: t.string(),
    confidential: t.boolean(),
    advisoryBody: t.string(),
    active: t.boolean(),
  }),
});

function requireAdmin(ctx: Context): Actor {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('admin')) throw forbidden(BOOK_ADMIN_ACTION);
  return actor;
}

const reloadBook = async (ctx: Context, id: string) => {
  ctx.em.clear();
  return (await ctx.loaders.book.load(id))!;
};

builder.mutationFields((t) => ({
  createRegisterBook: t.field({
    type: RegisterBook,
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateRegisterBookInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const actor = requireAdmin(ctx);
      const book = await createRegisterBook({
        em: ctx.em,
        actor,
        year: input.year,
        direction: input.direction ?? 'incoming',
        input: { code: input.code, name: input.name, confidential: input.confidential ?? false, advisoryBody: input.advisoryBody },
        now: new Date(),
      });
      return reloadBook(ctx, book.id);
    },
  }),
  updateRegisterBook: t.field({
    type: RegisterBook,
    errors: mutationErrors,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateRegisterBookInput, required: true }) },
    resolve: async (_, { id, input }, ctx) => {
      const actor = requireAdmin(ctx);
      const book = await updateRegisterBook({
        em: ctx.em,
        actor,
        id: String(id),
        change: {
          code: input.code ?? undefined,
          name: input.name ?? undefined,
          confidential: input.confidential ?? undefined,
          advisoryBody: input.advisoryBody,
          active: input.active ?? undefined,
        },
        now: new Date(),
      });
      return reloadBook(ctx, book.id);
    },
  }),
  deactivateRegisterBook: t.field({
    type: RegisterBook,
    description: 'The book takes no new documents; its numbers and documents stay',
    errors: mutationErrors,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, { id }, ctx) => {
      const actor = requireAdmin(ctx);
      const book = await updateRegisterBook({ em: ctx.em, actor, id: String(id), change: { active: false }, now: new Date() });
      return reloadBook(ctx, book.id);
    },
  }),
}));
