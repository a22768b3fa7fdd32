import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { isUuid } from '../../shared/ids.ts';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';
import { Agency } from './agency.entity.ts';
import { AGENCY_ADMIN_ACTION, agencyNotFound } from './agency.errors.ts';
import { assertCodeFree } from './create-agency.ts';
import { validateAgency, type AgencyInput } from './validate-agency.ts';

/**
 * Renames, recodes, deactivates or reactivates an agency. Documents keep the issuer name and code they
 * arrived with, so a merger does not rewrite history; the change is logged with before and after.
 */
export async function updateAgency(opts: {
  em: EntityManager;
  actor: Actor;
  id: string;
  input: AgencyInput & { active: boolean };
  now: Date;
}): Promise<Agency> {
  if (!opts.actor.roles.includes('admin')) throw forbidden(AGENCY_ADMIN_ACTION);
  if (!isUuid(opts.id)) throw agencyNotFound();
  const clean = validateAgency(opts.input);
  return opts.em.transactional(async (em) => {
    const agency = await em.findOne(Agency, opts.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!agency) throw agencyNotFound();
    await assertCodeFree(em, clean.code, agency.id);
    const before = { code: agency.code ?? null, name: agency.name, shortName: agency.shortName ?? null, active: agency.active };
    Object.assign(agency, clean, { active: opts.input.active });
    recordEvent(em, {
      stepKey: `agency.updated:${randomUUID()}`,
      subjectType: 'agency',
      subjectId: agency.id,
      kind: 'agency.updated',
      actorId: opts.actor.id,
      at: opts.now,
      data: { before, after: { ...clean, active: opts.input.active } },
    });
    await em.flush();
    return agency;
  });
}
