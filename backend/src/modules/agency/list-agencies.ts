import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../shared/ids.ts';
import { cleanText } from '../../shared/text.ts';
import { Agency } from './agency.entity.ts';

/** The administrator's list: inactive agencies too, active first. */
export function listAgencies(opts: { em: EntityManager; includeInactive: boolean }): Promise<Agency[]> {
  return opts.em.find(Agency, opts.includeInactive ? {} : { active: true }, { orderBy: { active: 'desc', name: 'asc' } });
}

export function findAgencies(opts: { em: EntityManager; ids: readonly string[] }): Promise<Agency[]> {
  return opts.em.find(Agency, { id: { $in: [...opts.ids] } });
}

const likeEscape = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * For the register form: active agencies where every word typed is found in the name, the short name or
 * the code, insensitive to case and diacritics: "hau giang" and "ha giang" both find "Hậu Giang", and
 * "tai chinh hau giang" finds "Sở Tài chính tỉnh Hậu Giang". Ranked: the phrase as typed (with its
 * diacritics) first, then the phrase without them, since many syllables collide once accents go
 * ("ha giang" puts Hà Giang before Hậu Giang).
 */
export async function searchAgencies(opts: { em: EntityManager; query: string; limit: number }): Promise<Agency[]> {
  const q = cleanText(opts.query).slice(0, 100);
  const limit = Math.min(Math.max(opts.limit, 1), 50);
  if (!q) return opts.em.find(Agency, { active: true }, { orderBy: { name: 'asc' }, limit });
  const words = q.split(' ').slice(0, 8);
  const wordMatch = `(unaccent(lower(a.name)) like unaccent(lower(?)) escape '!'
      or unaccent(lower(coalesce(a.short_name, ''))) like unaccent(lower(?)) escape '!'
      or a.code like upper(?) escape '!')`;
  const phrase = `%${likeEscape(q)}%`;
  const rows = await opts.em.execute(
    `select a.* from agency a
      where a.active and ${words.map(() => wordMatch).join(' and ')}
      order by (lower(a.name) like lower(?) escape '!') desc, (unaccent(lower(a.name)) like unaccent(lower(?)) escape '!') desc, a.name
      limit ?`,
    [...words.flatMap((w) => Array<string>(3).fill(`%${likeEscape(w)}%`)), phrase, phrase, limit],
  );
  return rows.map((r) => opts.em.map(Agency, r));
}

/** The issuer picked in the register form; a deactivated agency (merged, renamed) is no longer offered. */
export async function getActiveAgency(opts: { em: EntityManager; id: string }): Promise<Agency | null> {
  return isUuid(opts.id) ? opts.em.findOne(Agency, { id: opts.id, active: true }) : null;
}
