import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { vnYear } from '../shared/dates.ts';
import { Agency } from '../modules/agency/agency.entity.ts';
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

/** The demo agency's own name (tên cơ quan on its covers): it is the directory's 000.00.00.H30. */
export const DEMO_AGENCY_NAME = 'Ủy ban nhân dân tỉnh Hậu Giang';

/**
 * The directory of issuers the demo starts with. Only 000.00.00.H30 and 000.00.04.G14 come from a
 * source (DOMAIN §4, secondary); the other codes are examples in the QĐ 20/2020 shape, not official
 * codes: a real deployment loads the published directory. Since 01/7/2025 several of these provinces
 * and departments were merged; the directory is data, and a merged agency is deactivated, not deleted.
 */
export const DEMO_AGENCIES: Array<{ code: string; name: string; shortName: string }> = [
  { code: '000.00.00.H30', name: DEMO_AGENCY_NAME, shortName: 'UBND tỉnh Hậu Giang' },
  { code: '000.00.04.G14', name: 'Văn phòng Chính phủ', shortName: 'VPCP' },
  { code: '000.00.00.H20', name: 'Ủy ban nhân dân tỉnh Hà Giang', shortName: 'UBND tỉnh Hà Giang' }, // example code
  { code: '000.08.30.H30', name: 'Sở Kế hoạch và Đầu tư tỉnh Hậu Giang', shortName: 'Sở KH&ĐT' }, // example code
  { code: '000.09.30.H30', name: 'Sở Tài chính tỉnh Hậu Giang', shortName: 'Sở TC' }, // example code
  { code: '000.10.30.H30', name: 'Sở Nội vụ tỉnh Hậu Giang', shortName: 'Sở NV' }, // example code
  { code: '000.11.30.H30', name: 'Sở Tài nguyên và Môi trường tỉnh Hậu Giang', shortName: 'Sở TN&MT' }, // example code
  { code: '000.12.30.H30', name: 'Văn phòng Ủy ban nhân dân tỉnh Hậu Giang', shortName: 'VP UBND tỉnh' }, // example code
  { code: '000.00.00.G09', name: 'Bộ Nội vụ', shortName: 'BNV' }, // example code
  { code: '000.00.00.G12', name: 'Bộ Tài chính', shortName: 'BTC' }, // example code
  { code: '000.00.00.G15', name: 'Bộ Khoa học và Công nghệ', shortName: 'BKHCN' }, // example code
];

/**
 * The demo agency: its organisation and accounts are created into an empty database only; the
 * current year's incoming register books (ordinary and mật) are ensured on every start (a new year
 * needs new books), the agency directory when it is empty.
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
    // A provincial People's Committee has no cơ quan chủ quản.
    await em.execute(
      `insert into outgoing_settings (id, agency_abbreviation, agency_name, governing_body) values (1, 'UBND', ?, null)
       on conflict (id) do nothing`,
      [DEMO_AGENCY_NAME],
    );
  }
  const year = vnYear(now);
  await em.execute(
    `insert into register_book (id, year, direction, code, name, last_number) values (?, ?, 'incoming', 'VBD', ?, 0)
     on conflict (year, direction, code) do nothing`,
    [randomUUID(), year, `Sổ văn bản đến năm ${year}`],
  );
  // Decree 30 art. 15.2: mật, tối mật and tuyệt mật documents have a sequence of their own.
  await em.execute(
    `insert into register_book (id, year, direction, code, name, confidential, last_number) values (?, ?, 'incoming', 'MAT', ?, true, 0)
     on conflict (year, direction, code) do nothing`,
    [randomUUID(), year, `Sổ văn bản mật năm ${year}`],
  );
  // The outgoing books of the year (Decree 30 art. 15–16): the ordinary sequence and the mật one.
  await em.execute(
    `insert into register_book (id, year, direction, code, name, confidential, last_number) values (?, ?, 'outgoing', 'VBDI', ?, false, 0), (?, ?, 'outgoing', 'MATDI', ?, true, 0)
     on conflict (year, direction, code) do nothing`,
    [randomUUID(), year, `Sổ văn bản đi năm ${year}`, randomUUID(), year, `Sổ văn bản đi mật năm ${year}`],
  );
  // Into an empty directory only: what the administrator later renames or recodes must not come back.
  if ((await em.count(Agency, {})) === 0) {
    for (const a of DEMO_AGENCIES) em.create(Agency, { id: randomUUID(), code: a.code, name: a.name, shortName: a.shortName, active: true });
    await em.flush();
  }
  return { seededAgency };
}

