import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError, type FieldError } from '../../shared/errors.ts';
import { cleanText } from '../../shared/text.ts';
import { randomUUID } from 'node:crypto';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';

export interface OutgoingSettings {
  agencyAbbreviation: string;
  /** Tên cơ quan as written (e.g. Ủy ban nhân dân tỉnh Hậu Giang); the covers print it in capitals. */
  agencyName: string;
  /** Tên cơ quan chủ quản, printed above it; null when the agency has none (e.g. a provincial People's Committee). */
  governingBody: string | null;
  units: Array<{ unitId: string; abbreviation: string | null }>;
}

/**
 * Chữ viết tắt (Decree 30 App. I §II.3: fixed by the head of the agency): the agency's, stored once, and each
 * unit's, with the agency's full name (App. I §II.2) that the covers and phiếu print. Until set, the agency's
 * abbreviation is the root unit's code, its name the root unit's without "Lãnh đạo" (the leadership unit is
 * often named after the people: "Lãnh đạo UBND"), and a unit's abbreviation is its code.
 */
export async function getOutgoingSettings(em: EntityManager): Promise<OutgoingSettings> {
  const [stored] = await em.execute<{ agency_abbreviation: string; agency_name: string; governing_body: string | null }[]>(
    `select agency_abbreviation, agency_name, governing_body from outgoing_settings where id = 1`,
  );
  const units = await em.execute<{ id: string; code: string; name: string; abbreviation: string | null; parent_id: string | null }[]>(
    `select id, code, name, abbreviation, parent_id from unit order by sort_order, name`,
  );
  const root = units.find((u) => u.parent_id === null);
  const rootName = root ? root.name.replace(/^lãnh đạo\s+/iu, '').trim() || root.name : '';
  return {
    agencyAbbreviation: stored?.agency_abbreviation ?? root?.code ?? '',
    agencyName: stored?.agency_name || rootName,
    governingBody: stored?.governing_body ?? null,
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
export const AGENCY_NAME_MAX = 200;

export async function updateOutgoingSettings(opts: {
  em: EntityManager;
  actor: Actor;
  /** agencyName, governingBody: left out, they stay as they are; an empty governingBody clears it. */
  input: { agencyAbbreviation: string; agencyName?: string | null; governingBody?: string | null; units: Array<{ unitId: string; abbreviation: string }> };
  now: Date;
}): Promise<OutgoingSettings> {
  if (!opts.actor.roles.includes('admin')) throw forbidden('cấu hình chữ viết tắt');
  const current = await getOutgoingSettings(opts.em);
  const errors: FieldError[] = [];
  const agency = cleanText(opts.input.agencyAbbreviation).replace(/\s/g, '');
  if (!ABBR.test(agency)) errors.push({ field: 'agencyAbbreviation', code: 'INVALID', message: 'Chữ viết tắt gồm chữ in hoa, số (tối đa 20 ký tự, không có dấu cách).' });
  const agencyName = opts.input.agencyName == null ? current.agencyName : cleanText(opts.input.agencyName);
  if (!agencyName) errors.push({ field: 'agencyName', code: 'REQUIRED', message: 'Vui lòng nhập tên cơ quan.' });
  else if (agencyName.length > AGENCY_NAME_MAX) errors.push({ field: 'agencyName', code: 'TOO_LONG', message: `Tên cơ quan không được dài quá ${AGENCY_NAME_MAX} ký tự.` });
  const governingBody = opts.input.governingBody == null ? current.governingBody : cleanText(opts.input.governingBody) || null;
  if (governingBody && governingBody.length > AGENCY_NAME_MAX)
    errors.push({ field: 'governingBody', code: 'TOO_LONG', message: `Tên cơ quan chủ quản không được dài quá ${AGENCY_NAME_MAX} ký tự.` });
  const units = opts.input.units.map((u, i) => {
    const abbreviation = cleanText(u.abbreviation).replace(/\s/g, '');
    if (abbreviation && !ABBR.test(abbreviation)) errors.push({ field: `units.${i}.abbreviation`, code: 'INVALID', message: 'Chữ viết tắt gồm chữ in hoa, số (tối đa 20 ký tự).' });
    return { unitId: u.unitId, abbreviation: abbreviation || null };
  });
  if (errors.length) throw new InputError(errors);
  await opts.em.transactional(async (em) => {
    await em.execute(
      `insert into outgoing_settings (id, agency_abbreviation, agency_name, governing_body) values (1, ?, ?, ?)
       on conflict (id) do update set agency_abbreviation = excluded.agency_abbreviation, agency_name = excluded.agency_name, governing_body = excluded.governing_body`,
      [agency, agencyName, governingBody],
    );
    for (const u of units) await em.execute(`update unit set abbreviation = ? where id = ?::uuid`, [u.abbreviation, u.unitId]);
    recordEvent(em, {
      stepKey: `outgoing.settings_updated:${randomUUID()}`,
      subjectType: 'outgoing_settings',
      subjectId: '00000000-0000-0000-0000-000000000001',
      kind: 'outgoing.settings_updated',
      actorId: opts.actor.id,
      at: opts.now,
      data: { agencyAbbreviation: agency, agencyName, governingBody, units },
    });
    await em.flush();
  });
  return getOutgoingSettings(opts.em);
}
