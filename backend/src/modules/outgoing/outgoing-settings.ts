import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError, type FieldError } from '../../shared/errors.ts';
import { cleanText } from '../../shared/text.ts';
import { randomUUID } from 'node:crypto';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';

export interface OutgoingSettings {
  agencyAbbreviation: string;
  units: Array<{ unitId: string; abbreviation: string | null }>;
}

/**
 * Chữ viết tắt (Decree 30 App. I §II.3: fixed by the head of the agency): the agency's, stored once, and each
 * unit's. Until set, the agency's is the root unit's code and a unit's is its code.
 */
export async function getOutgoingSettings(em: EntityManager): Promise<OutgoingSettings> {
  const [stored] = await em.execute<{ agency_abbreviation: string }[]>(`select agency_abbreviation from outgoing_settings where id = 1`);
  const units = await em.execute<{ id: string; code: string; abbreviation: string | null; parent_id: string | null }[]>(
    `select id, code, abbreviation, parent_id from unit order by sort_order, name`,
  );
  const root = units.find((u) => u.parent_id === null);
  return {
    agencyAbbreviation: stored?.agency_abbreviation ?? root?.code ?? '',
    units: units.map((u) => ({ unitId: u.id, abbreviation: u.abbreviation })),
  };
}

/** The abbreviations a số, ký hiệu is built from at issue. */
export async function abbreviationsFor(em: EntityManager, unitId: string): Promise<{ agency: string; unit: string }> {
  const settings = await getOutgoingSettings(em);
  const [unit] = await em.execute<{ code: string; abbreviation: string | null }[]>(`select code, abbreviation from unit where id = ?`, [unitId]);
  return { agency: settings.agencyAbbreviation, unit: unit?.abbreviation || unit?.code || '' };
}

const ABBR = /^[\p{Lu}\p{N}&.]{1,20}$/u;

export async function updateOutgoingSettings(opts: {
  em: EntityManager;
  actor: Actor;
  input: { agencyAbbreviation: string; units: Array<{ unitId: string; abbreviation: string }> };
  now: Date;
}): Promise<OutgoingSettings> {
  if (!opts.actor.roles.includes('admin')) throw forbidden('cấu hình chữ viết tắt');
  const errors: FieldError[] = [];
  const agency = cleanText(opts.input.agencyAbbreviation).replace(/\s/g, '');
  if (!ABBR.test(agency)) errors.push({ field: 'agencyAbbreviation', code: 'INVALID', message: 'Chữ viết tắt gồm chữ in hoa, số (tối đa 20 ký tự, không có dấu cách).' });
  const units = opts.input.units.map((u, i) => {
    const abbreviation = cleanText(u.abbreviation).replace(/\s/g, '');
    if (abbreviation && !ABBR.test(abbreviation)) errors.push({ field: `units.${i}.abbreviation`, code: 'INVALID', message: 'Chữ viết tắt gồm chữ in hoa, số (tối đa 20 ký tự).' });
    return { unitId: u.unitId, abbreviation: abbreviation || null };
  });
  if (errors.length) throw new InputError(errors);
  await opts.em.transactional(async (em) => {
    await em.execute(`insert into outgoing_settings (id, agency_abbreviation) values (1, ?) on conflict (id) do update set agency_abbreviation = excluded.agency_abbreviation`, [agency]);
    for (const u of units) await em.execute(`update unit set abbreviation = ? where id = ?::uuid`, [u.abbreviation, u.unitId]);
    recordEvent(em, {
      stepKey: `outgoing.settings_updated:${randomUUID()}`,
      subjectType: 'outgoing_settings',
      subjectId: '00000000-0000-0000-0000-000000000001',
      kind: 'outgoing.settings_updated',
      actorId: opts.actor.id,
      at: opts.now,
      data: { agencyAbbreviation: agency, units },
    });
    await em.flush();
  });
  return getOutgoingSettings(opts.em);
}
