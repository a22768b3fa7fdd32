import { onScopeDispose, ref } from 'vue';

/** The current time, refreshed every `intervalMs` while the component lives: time left to a limit keeps moving. */
export function useNow(intervalMs = 30_000) {
  const now = ref(Date.now());
  const timer = setInterval(() => (now.value = Date.now()), intervalMs);
  onScopeDispose(() => clearInterval(timer));
  return now;
}
