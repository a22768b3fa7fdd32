import type { RouteRecordRaw } from 'vue-router';
import { currentYearInVietnam } from '@/app/format';

/** Years the calendar engine can compute (lunar pre-fill range). */
export const MIN_CALENDAR_YEAR = 1801;
export const MAX_CALENDAR_YEAR = 2199;

export function parseYear(param: unknown): number | null {
  if (typeof param !== 'string' || !/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR ? year : null;
}

/** Children of the main layout. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/calendar/:year?',
    name: 'admin-calendar',
    component: () => import('./CalendarAdminPage.vue'),
    meta: { titleKey: 'calendar.title', roles: ['ADMIN'] },
    // Without a year (or with a wrong one) the page opens on the current year.
    beforeEnter: (to) =>
      parseYear(to.params.year) ? true : { name: 'admin-calendar', params: { year: String(currentYearInVietnam()) }, replace: true },
  },
  {
    path: 'admin/register-books',
    name: 'admin-register-books',
    component: () => import('./RegisterBooksAdminPage.vue'),
    meta: { titleKey: 'registerBooks.title', roles: ['ADMIN'] },
  },
  {
    path: 'admin/deadline-settings',
    name: 'admin-deadline-settings',
    component: () => import('./DeadlineSettingsAdminPage.vue'),
    meta: { titleKey: 'deadlineSettings.title', roles: ['ADMIN'] },
  },
  {
    path: 'admin/outgoing-settings',
    name: 'admin-outgoing-settings',
    component: () => import('./OutgoingSettingsAdminPage.vue'),
    meta: { titleKey: 'outgoingSettings.title', roles: ['ADMIN'] },
  },
  {
    path: 'admin/agencies',
    name: 'admin-agencies',
    component: () => import('./AgenciesAdminPage.vue'),
    meta: { titleKey: 'agencies.title', roles: ['ADMIN'] },
  },
];
