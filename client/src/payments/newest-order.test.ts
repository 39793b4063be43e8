import { describe, expect, it } from 'vitest';
import { newestOrder } from './newest-order';

const at = (status: string, updatedAt: string) => ({ status, updatedAt });

describe('newestOrder', () => {
  it('keeps the later change whichever side it came from', () => {
    const pending = at('PENDING', '2026-11-26T08:00:00.000Z');
    const paid = at('PAID', '2026-11-26T08:05:00.000Z');
    expect(newestOrder(pending, paid)).toBe(paid);
    expect(newestOrder(paid, pending)).toBe(paid);
  });

  it('prefers the first on a tie and handles missing sides', () => {
    const a = at('PENDING', '2026-11-26T08:00:00.000Z');
    const b = at('PENDING', '2026-11-26T08:00:00.000Z');
    expect(newestOrder(a, b)).toBe(a);
    expect(newestOrder(null, b)).toBe(b);
    expect(newestOrder(a, undefined)).toBe(a);
    expect(newestOrder(null, null)).toBeNull();
  });
});
