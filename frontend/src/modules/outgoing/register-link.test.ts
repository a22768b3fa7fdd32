import { describe, expect, it } from 'vitest';
import { outgoingExportHref, outgoingPrintQuery, parseOutgoingPrintQuery } from './register-link';

const bookId = '0b9a3c8e-1111-4222-8333-944455556666';

describe('outgoing register links', () => {
  it('builds the .xlsx link and the printable page query', () => {
    const p = { bookId, from: '2026-01-01', to: '2026-03-31' };
    expect(outgoingExportHref(p)).toBe(`/exports/outgoing-register.xlsx?bookId=${bookId}&from=2026-01-01&to=2026-03-31`);
    expect(parseOutgoingPrintQuery(outgoingPrintQuery(p) as never)).toEqual(p);
  });

  it('refuses a malformed or reversed period', () => {
    expect(parseOutgoingPrintQuery({ bookId: 'x', from: '2026-01-01', to: '2026-01-02' })).toBeNull();
    expect(parseOutgoingPrintQuery({ bookId, from: '2026-02-01', to: '2026-01-02' })).toBeNull();
  });
});
