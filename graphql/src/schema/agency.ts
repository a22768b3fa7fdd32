import { Agency } from '../../../backend/src/modules/agency/agency.entity.ts';
import { AGENCY_ADMIN_ACTION } from '../../../backend/src/modules/agency/agency.errors.ts';
import { createAgency } from '../../../backend/src/modules/agency/create-agency.ts';
import { listAgencies, searchAgencies } from '../../../backend/src/modules/agency/list-agencies.ts';
import { updateAgency } from '../../../backend/src/modules/agency/update-agency.ts';
import { forbidden } from '../../../backend/src/modules/org/org.errors.ts';
import { requireActor, requireActorForQuery } from '../auth.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mutationErrors } from './errors.ts';

export const AgencyRef = builder.objectType(Agency, {
  name: 'Agency',
  description: 'An agency of the directory of issuers',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { nullable: true, description: 'Mã định danh điện tử (QĐ 20/2020), e.g. 000.00.00.H30' }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    active: t.exposeBoolean('active'),
  }),
});

builder.queryFields((t) => ({
  agencies: t.field({
    type: [Agency],
    description: 'The directory, for its administration: active agencies first',
    args: { includeInactive: t.arg.boolean({ defaultValue: false }) },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return listAgencies({ em: ctx.em, includeInactive: args.includeInactive ?? false });
    },
  }),
  searchAgencies: t.field({
    type: [Agency],
    description: 'Active agencies whose name, short name or code contains the query, ignoring case and diacritics',
    args: { query: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 10 }) },
    resolve: (_, args, ctx) => {
      requireActorForQuery(ctx);
      return searchAgencies({ em: ctx.em, query: args.query, limit: args.first ?? 10 });
    },
  }),
}));

const CreateAgencyInput = builder.inputType('CreateAgencyInput', {
  fields: (t) => ({ code: t.string(), name: t.string({ required: true }), shortName: t.string() }),
});
const UpdateAgencyInput = builder.inputType('UpdateAgencyInput', {
  description: 'The whole record: a field left empty is cleared',
  fields: (t) => ({ code: t.string(), name: t.string({ required: true }), shortName: t.string(), active: t.boolean({ required: true }) }),
});

function requireAdmin(ctx: Context) {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('admin')) throw forbidden(AGENCY_ADMIN_ACTION);
  return actor;
}

builder.mutationFields((t) => ({
  createAgency: t.field({
    type: Agency,
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateAgencyInput, required: true }) },
    resolve: (_, { input }, ctx) => createAgency({ em: ctx.em, actor: requireAdmin(ctx), input, now: new Date() }),
  }),
  updateAgency: t.field({
    type: Agency,
    description: 'Edits, deactivates (active: false) or reactivates an agency; documents keep the name and code they came with',
    errors: mutationErrors,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAgencyInput, required: true }) },
    resolve: (_, { id, input }, ctx) => updateAgency({ em: ctx.em, actor: requireAdmin(ctx), id: String(id), input, now: new Date() }),
  }),
}));
