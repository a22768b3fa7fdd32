import dayjs from 'dayjs';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { DEFAULT_LOCALE, isAppLocale, type AppI18n, type AppLocale } from './i18n';

const STORAGE_KEY = 'eoffice:locale';

export function storedLocale(): AppLocale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<AppLocale>(storedLocale());
  let i18n: AppI18n | null = null;

  function apply(value: AppLocale) {
    dayjs.locale(value);
    document.documentElement.lang = value;
    if (i18n) i18n.global.locale.value = value;
  }

  /** Called once at start-up: the i18n instance is created before the store exists. */
  function bind(instance: AppI18n) {
    i18n = instance;
    apply(locale.value);
  }

  function setLocale(value: AppLocale) {
    locale.value = value;
    try {
      localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Private mode or full storage: the choice still applies to this tab.
    }
    apply(value);
  }

  return { locale, bind, setLocale };
});
