import { login, logout } from '../../../backend/src/modules/org/login.ts';
import { listUnits, listUsers } from '../../../backend/src/modules/org/list-org.ts';
import { Unit, User, type Role } from '../../../backend/src/modules/org/org.entity.ts';
import { InputError } from '../../../backend/src/shared/errors.ts';
import { requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import { sessionCookie } from '../session-cookie.ts';
import { mutationErrors } from './errors.ts';

export const RoleEnum = builder.enumType('Role', {
  values: {
    CLERK: { value: 'clerk', description: 'Văn thư' },
    LEADER: { value: 'leader', description: 'Lãnh đạo' },
    OFFICE_CHIEF: { value: 'office_chief', description: 'Chánh văn phòng' },
    UNIT_HEAD: { value: 'unit_head', description: 'Trưởng đơn vị' },
    SPECIALIST: { value: 'specialist', description: 'Chuyên viên' },
    ADMIN: { value: 'admin', description: 'Quản trị' },
  } as const,
});

export const UnitRef = builder.objectType(Unit, {
  name: 'Unit',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    parent: t.field({ type: Unit, nullable: true, resolve: (u, _, ctx) => (u.parentId ? ctx.loaders.unit.load(u.parentId) : null) }),
  }),
});

export const UserRef = builder.objectType(User, {
  name: 'User',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    fullName: t.exposeString('fullName'),
    position: t.exposeString('position'),
    roles: t.field({ type: [RoleEnum], resolve: (u) => u.roles as Role[] }),
    unit: t.field({ type: Unit, resolve: async (u, _, ctx) => (await ctx.loaders.unit.load(u.unitId))! }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({ type: User, nullable: true, resolve: (_, __, ctx) => ctx.user }),
  units: t.field({
    type: [Unit],
    resolve: (_, __, ctx) => {
      requireActorForQuery(ctx);
      return listUnits({ em: ctx.em });
    },
  }),
  users: t.field({
    type: [User],
    args: { unitId: t.arg.id(), role: t.arg({ type: RoleEnum }) },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return listUsers({ em: ctx.em, unitId: args.unitId ? String(args.unitId) : undefined, role: args.role ?? undefined });
    },
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: User,
    errors: mutationErrors,
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_, { username, password }, ctx) => {
      const missing = [
        ...(username.trim() ? [] : [{ field: 'username', code: 'REQUIRED', message: 'Vui lòng nhập tên đăng nhập.' }]),
        ...(password ? [] : [{ field: 'password', code: 'REQUIRED', message: 'Vui lòng nhập mật khẩu.' }]),
      ];
      if (missing.length) throw new InputError(missing);
      const { user, token, expiresAt } = await login({ em: ctx.em, username, password, ttlHours: ctx.services.config.sessionTtlHours });
      ctx.responseCookies.push(sessionCookie(token, expiresAt, ctx.services.config.env === 'production'));
      return user;
    },
  }),
  logout: t.field({
    type: 'Boolean',
    resolve: async (_, __, ctx) => {
      if (ctx.sessionToken) await logout({ em: ctx.em, token: ctx.sessionToken });
      ctx.responseCookies.push(sessionCookie('', new Date(0), ctx.services.config.env === 'production'));
      return true;
    },
  }),
}));
