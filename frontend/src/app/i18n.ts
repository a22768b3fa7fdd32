import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import utc from 'dayjs/plugin/utc';
import { createI18n } from 'vue-i18n';
import en from './locales/en';
import vi from './locales/vi';

dayjs.extend(utc);

export type AppLocale = 'vi' | 'en';
export const LOCALES: readonly AppLocale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: AppLocale = 'vi';

export function isAppLocale(value: unknown): value is AppLocale {
  return value === 'vi' || value === 'en';
}

export function createAppI18n(locale: AppLocale) {
  dayjs.locale(locale);
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { vi, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
