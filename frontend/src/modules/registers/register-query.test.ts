import { describe, expect, it } from 'vitest';
import { defaultPeriod, exportHref, parsePrintQuery, periodProblem, printQuery } from './register-query';

const BOOK = '0b7d3f5e-8a51-4d6e-9a1c-2f0e6b9d4c11';

describe('register choice', () => {
  it('defaults to the year so far, or the whole of a past year', () => {
    expect(defaultPeriod(2026, '2026-11-21')).toEqual({ from: '2026-01-01', to: '2026-11-21' });
    expect(defaultPeriod(2025, '2026-11-21')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('checks what the server checks', () => {
    expect(periodProblem({ bookId: '', from: '2026-01-01', to: '2026-01-02' })).toBe('bookId');
    expect(periodProblem({ bookId: BOOK, from: '', to: '2026-01-02' })).toBe('from');
    expect(periodProblem({ bookId: BOOK, from: '2026-01-03', to: '2026-01-02' })).toBe('toBeforeFrom');
    expect(periodProblem({ bookId: BOOK, from: '2026-01-02', to: '2026-01-02' })).toBeNull();
  });

  it('links the download and the printable page', () => {
    const c = { kind: 'FOLLOW_UP' as const, bookId: BOOK, from: '2026-01-01', to: '2026-12-31' };
    expect(exportHref(c)).toBe(`/exports/incoming-follow-up.xlsx?bookId=${BOOK}&from=2026-01-01&to=2026-12-31`);
    expect(exportHref({ ...c, kind: 'REGISTER' })).toMatch(/^\/exports\/incoming-register\.xlsx\?/);
    expect(parsePrintQuery(printQuery(c) as Record<string, string>)).toEqual(c);
  });

  it('refuses a malformed printable link', () => {
    expect(parsePrintQuery({ kind: 'OUTGOING', bookId: BOOK, from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(parsePrintQuery({ kind: 'REGISTER', bookId: 'x', from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(parsePrintQuery({ kind: 'REGISTER', bookId: BOOK, from: '2026-02-01', to: '2026-01-31' })).toBeNull();
  });
});
