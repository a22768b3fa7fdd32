import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { vnYear } from '../shared/dates.ts';
import { Unit, User, type Role, type UnitKind } from '../modules/org/org.entity.ts';
import { hashPassword } from '../modules/org/password.ts';

export const DEMO_PASSWORD = 'Demo@2026';

const UNITS: Array<{ code: string; name: string; kind: UnitKind; parent?: string }> = [
  { code: 'UBND', name: 'Lãnh đạo UBND', kind: 'leadership' },
  { code: 'VP', name: 'Văn phòng HĐND và UBND', kind: 'office', parent: 'UBND' },
  { code: 'TCKH', name: 'Phòng Tài chính – Kế hoạch', kind: 'department', parent: 'UBND' },
  { code: 'TNMT', name: 'Phòng Tài nguyên và Môi trường', kind: 'department', parent: 'UBND' },
  { code: 'NV', name: 'Phòng Nội vụ', kind: 'department', parent: 'UBND' },
];

export const DEMO_USERS: Array<{ username: string; fullName: string; position: string; unit: string; roles: Role[] }> = [
  { username: 'chutich', fullName: 'Lê Văn Minh', position: 'Chủ tịch UBND', unit: 'UBND', roles: ['leader'] },
  { username: 'phochutich', fullName: 'Phạm Thị Lan', position: 'Phó Chủ tịch UBND', unit: 'UBND', roles: ['leader'] },
  { username: 'chanhvanphong', fullName: 'Trần Văn Nam', position: 'Chánh Văn phòng', unit: 'VP', roles: ['office_chief', 'unit_head'] },
  { username: 'vanthu', fullName: 'Nguyễn Thị Hoa', position: 'Văn thư', unit: 'VP', roles: ['clerk'] },
  { username: 'truongphong.tckh', fullName: 'Hoàng Văn Đức', position: 'Trưởng phòng', unit: 'TCKH', roles: ['unit_head'] },
  { username: 'chuyenvien.tckh', fullName: 'Vũ Thị Mai', position: 'Chuyên viên', unit: 'TCKH', roles: ['specialist'] },
  { username: 'chuyenvien2.tckh', fullName: 'Đặng Quốc Bảo', position: 'Chuyên viên', unit: 'TCKH', roles: ['specialist'] },
  { username: 'truongphong.tnmt', fullName: 'Bùi Thị Thu', position: 'Trưởng phòng', unit: 'TNMT', roles: ['unit_head'] },
  { username: 'chuyenvien.tnmt', fullName: 'Ngô Văn Hải', position: 'Chuyên viên', unit: 'TNMT', roles: ['specialist'] },
  { username: 'truongphong.nv', fullName: 'Đỗ Thị Hạnh', position: 'Trưởng phòng', unit: 'NV', roles: ['unit_head'] },
  { username: 'chuyenvien.nv', fullName: 'Trịnh Văn Long', position: 'Chuyên viên', unit: 'NV', roles: ['specialist'] },
  { username: 'quantri', fullName: 'Quản trị hệ thống', position: 'Quản trị viên', unit: 'VP', roles: ['admin'] },
];

/**
 * The demo agency: its organisation and accounts are created into an empty database only; the
 * current year's incoming register book is ensured on every start (a new year needs a new book).
 */
export async function seed(em: EntityManager, now: Date = new Date()): Promise<{ seededAgency: boolean }> {
  const seededAgency = (await em.count(Unit, {})) === 0;
  if (seededAgency) {
    const ids = new Map<string, string>();
    UNITS.forEach((u, i) => {
      const id = randomUUID();
      ids.set(u.code, id);
      em.create(Unit, { id, code: u.code, name: u.name, kind: u.kind, parentId: u.parent ? ids.get(u.parent)! : null, sortOrder: i });
    });
    await em.flush();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      em.create(User, { id: randomUUID(), username: u.username, fullName: u.fullName, position: u.position, passwordHash, unitId: ids.get(u.unit)!, roles: u.roles, active: true });
    }
    await em.flush();
  }
  const year = vnYear(now);
  await em.execute(
    `insert into register_book (id, year, direction, code, name, last_number) values (?, ?, 'incoming', 'VBD', ?, 0)
     on conflict (year, direction, code) do nothing`,
    [randomUUID(), year, `Sổ văn bản đến năm ${year}`],
  );
  return { seededAgency };
}

