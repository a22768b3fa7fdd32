import { defineEntity, p } from '@mikro-orm/core';

export const ROLES = ['clerk', 'leader', 'office_chief', 'unit_head', 'specialist', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['leadership', 'office', 'department'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const UnitSchema = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    kind: p.enum(UNIT_KINDS),
    parentId: p.uuid().nullable(),
    sortOrder: p.integer().default(0),
  },
});
export class Unit extends UnitSchema.class {}
UnitSchema.setClass(Unit);

const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    username: p.string().unique(),
    fullName: p.string(),
    position: p.string(),
    passwordHash: p.string().hidden(),
    unitId: p.uuid(),
    roles: p.array<Role>(),
    active: p.boolean().default(true),
  },
});
export class User extends UserSchema.class {
  hasRole(role: Role): boolean {
    return this.roles.includes(role);
  }
}
UserSchema.setClass(User);

const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    /** sha256 of the cookie token: a leaked table does not leak live sessions. */
    id: p.string().primary(),
    userId: p.uuid(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});
export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);
