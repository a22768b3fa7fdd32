import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';
import { Agency } from './agency.entity.ts';
import { AGENCY_ADMIN_ACTION } from './agency.errors.ts';
import { validateAgency, type AgencyInput } from './validate-agency.ts';

export const codeTaken = () => new InputError([{ field: 'code', code: 'CODE_TAKEN', message: 'Mã định danh này đã có trong danh mục.' }]);

/** Locks the code so that two administrators cannot both take it; the unique key would refuse the second anyway. */
export async function assertCodeFree(em: EntityManager, code: string | null, exceptId: string | null): Promise<void> {
  if (!code) return;
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`agency-code:${code}`]);
  const other = await em.findOne(Agency, { code });
  if (other && other.id !== exceptId) throw codeTaken();
}

export async function createAgency(opts: { em: EntityManager; actor: Actor; input: AgencyInput; now: Date }): Promise<Agency> {
  if (!opts.actor.roles.includes('admin')) throw forbidden(AGENCY_ADMIN_ACTION);
  const clean = validateAgency(opts.input);
  return opts.em.transactional(async (em) => {
    await assertCodeFree(em, clean.code, null);
    const agency = em.create(Agency, { id: randomUUID(), ...clean, active: true });
    await em.flush();
    recordEvent(em, {
      stepKey: `agency.created:${agency.id}`,
      subjectType: 'agency',
      subjectId: agency.id,
      kind: 'agency.created',
      actorId: opts.actor.id,
      at: opts.now,
      data: { ...clean },
    });
    await em.flush();
    return agency;
  });
}
