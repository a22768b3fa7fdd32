import { defineStore } from 'pinia';
import { ref } from 'vue';

/** A page may add a detail to the browser title (e.g. the document's number) once its data is loaded. */
export const useTitleStore = defineStore('title', () => {
  const detail = ref<string | null>(null);
  function setDetail(value: string | null) {
    detail.value = value;
  }
  return { detail, setDetail };
});
