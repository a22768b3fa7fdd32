import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { draftDays, formSnapshot, sortRows, yearFormFrom, type YearFormState, type YearSource } from './year-form';

/**
 * The year being edited, shared by the grid (which shows the draft) and the editing panel. It
 * remembers what was loaded, so the page can tell unsaved changes apart and warn before leaving.
 */
export const useCalendarDraftStore = defineStore('calendar-draft', () => {
  const form = ref<YearFormState | null>(null);
  /** Version the draft was loaded from: sent back as expectedVersion. */
  const baseVersion = ref(0);
  const loadedSnapshot = ref('');

  const dirty = computed(() => form.value !== null && formSnapshot(form.value) !== loadedSnapshot.value);
  const days = computed(() => (form.value ? draftDays(form.value) : []));

  function load(source: YearSource & { version: number }) {
    const state = yearFormFrom(source);
    sortRows(state);
    form.value = state;
    baseVersion.value = source.version;
    loadedSnapshot.value = formSnapshot(state);
  }

  /** Loads unless the administrator is editing this very year (a background refetch must not wipe the draft). */
  function offer(source: YearSource & { version: number }) {
    if (form.value && form.value.year === source.year && dirty.value && baseVersion.value === source.version) return;
    load(source);
  }

  function clear() {
    form.value = null;
    loadedSnapshot.value = '';
    baseVersion.value = 0;
  }

  return { form, baseVersion, dirty, days, load, offer, clear };
});
