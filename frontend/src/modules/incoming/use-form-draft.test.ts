import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { useFormDraft } from './use-form-draft';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const initial = () => ({ subject: '', pageCount: 1 as number | null, dueDate: null as string | null });

describe('useFormDraft', () => {
  it('saves while typing and restores on the next visit', () => {
    const storage = memoryStorage();
    const first = reactive(initial());
    const a = useFormDraft('k', first, initial(), { storage });
    expect(a.restored.value).toBe(false);
    first.subject = 'Về việc';
    first.dueDate = '2026-02-01';
    a.stop();

    const second = reactive(initial());
    const b = useFormDraft('k', second, initial(), { storage });
    expect(b.restored.value).toBe(true);
    expect(second).toEqual({ subject: 'Về việc', pageCount: 1, dueDate: '2026-02-01' });
  });

  it('clears the draft and does not store an untouched form', () => {
    const storage = memoryStorage();
    const state = reactive(initial());
    const d = useFormDraft('k', state, initial(), { storage });
    state.subject = 'x';
    expect(storage.map.has('k')).toBe(true);
    d.clear();
    expect(storage.map.has('k')).toBe(false);
    Object.assign(state, initial());
    expect(storage.map.has('k')).toBe(false);
  });

  it('ignores broken or mistyped drafts', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    const a = reactive(initial());
    expect(useFormDraft('k', a, initial(), { storage }).restored.value).toBe(false);

    storage.setItem('k', JSON.stringify({ subject: 42, pageCount: 3, extra: 'x' }));
    const b = reactive(initial());
    useFormDraft('k', b, initial(), { storage });
    expect(b).toEqual({ subject: '', pageCount: 3, dueDate: null });
  });

  it('does not count automatically filled fields as a draft', () => {
    const storage = memoryStorage();
    const state = reactive(initial());
    useFormDraft('k', state, initial(), { storage, autoKeys: ['pageCount'] });
    state.pageCount = 5;
    expect(storage.map.has('k')).toBe(false);
    state.subject = 'x';
    expect(JSON.parse(storage.map.get('k') ?? '{}')).toEqual({ subject: 'x', pageCount: 5, dueDate: null });
  });

  it('works without storage', () => {
    const state = reactive(initial());
    const d = useFormDraft('k', state, initial(), { storage: null });
    state.subject = 'x';
    d.clear();
    expect(d.restored.value).toBe(false);
  });
});
