import { ref, watch } from 'vue';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function safeStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps a reactive form object in storage while the user types, so a reload, a crash or an expired
 * session never costs a văn thư the fields already entered. Only keys of `initial` whose stored value
 * has the same type (or null) are restored, so an old draft cannot break a newer form.
 * `autoKeys` are fields the page fills by itself (a preselected book): they alone do not make a draft.
 */
export function useFormDraft<T extends object>(
  key: string,
  state: T,
  initial: T,
  options: { storage?: StorageLike | null; autoKeys?: (keyof T)[] } = {},
) {
  const storage = options.storage === undefined ? safeStorage() : options.storage;
  const autoKeys = new Set<PropertyKey>(options.autoKeys ?? []);
  const restored = ref(false);
  const userPart = (value: object) =>
    JSON.stringify(Object.fromEntries(Object.entries(value).filter(([k]) => !autoKeys.has(k))));
  const pristine = userPart(initial);

  function read(): Partial<T> | null {
    try {
      const raw = storage?.getItem(key);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null) return null;
      const out: Partial<T> = {};
      for (const k of Object.keys(initial) as (keyof T)[]) {
        const value = (parsed as Record<string, unknown>)[k as string];
        const expected = initial[k];
        if (value === undefined) continue;
        if (value === null || expected === null || typeof value === typeof expected) out[k] = value as T[keyof T];
      }
      return out;
    } catch {
      return null;
    }
  }

  function save() {
    try {
      // An untouched form is not a draft: do not greet the next visit with "draft restored".
      if (userPart(state) === pristine) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the form still works, only without the safety net.
    }
  }

  const draft = read();
  if (draft && userPart({ ...initial, ...draft }) !== pristine) {
    Object.assign(state, draft);
    restored.value = true;
  }

  const stop = watch(state, save, { deep: true, flush: 'sync' });

  /** After a successful submit or an explicit discard. */
  function clear() {
    try {
      storage?.removeItem(key);
    } catch {
      // ignore, see save()
    }
    restored.value = false;
  }

  return { restored, clear, stop };
}
