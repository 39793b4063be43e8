import { describe, expect, it } from 'vitest';
import { newestOrder } from './newest-order';

const view = (status: string, version: number, updatedAt: string) => ({ status, version, updatedAt });

describe('newestOrder', () => {
  it('keeps the higher version whichever side it came from', () => {
    const pending = view('PENDING', 0, '2026-11-26T08:00:00.000Z');
    const paid = view('PAID', 1, '2026-11-26T08:05:00.000Z');
    expect(newestOrder(pending, paid)).toBe(paid);
    expect(newestOrder(paid, pending)).toBe(paid);
  });

  it('trusts the version over updatedAt, which another instance’s clock may put behind', () => {
    const paid = view('PAID', 1, '2026-11-26T08:05:00.000Z');
    const refundedByASlowClock = view('REFUNDED', 2, '2026-11-26T08:04:00.000Z');
    expect(newestOrder(paid, refundedByASlowClock)).toBe(refundedByASlowClock);
    expect(newestOrder(refundedByASlowClock, paid)).toBe(refundedByASlowClock);
  });

  it('prefers the first on a tie and handles missing sides', () => {
    const a = view('PENDING', 0, '2026-11-26T08:00:00.000Z');
    const b = view('PENDING', 0, '2026-11-26T08:00:00.000Z');
    expect(newestOrder(a, b)).toBe(a);
    expect(newestOrder(null, b)).toBe(b);
    expect(newestOrder(a, undefined)).toBe(a);
    expect(newestOrder(null, null)).toBeNull();
  });
});
