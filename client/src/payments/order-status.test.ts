import { describe, expect, it } from 'vitest';
import { getAccessToken, saveAccessToken } from './access-tokens';
import { resultKindFor, resultPath } from './order-status';

describe('resultKindFor', () => {
  it.each([
    ['PENDING', 'pending'],
    ['PAID', 'success'],
    ['REFUNDED', 'success'],
    ['PARTIALLY_REFUNDED', 'success'],
    ['FAILED', 'failure'],
    ['EXPIRED', 'failure'],
    ['CANCELLED', 'failure'],
  ] as const)('%s → %s', (status, kind) => {
    expect(resultKindFor(status)).toBe(kind);
  });

  it('builds encoded paths', () => {
    expect(resultPath('pending', 'a b&c')).toBe('/payment/pending?order_id=a%20b%26c');
  });
});

describe('access tokens', () => {
  it('are kept per order', () => {
    saveAccessToken('o1', 't1');
    saveAccessToken('o2', 't2');
    expect(getAccessToken('o1')).toBe('t1');
    expect(getAccessToken('o2')).toBe('t2');
    expect(getAccessToken('o3')).toBeNull();
  });

  it('survive junk in storage', () => {
    localStorage.setItem('lunas.orderAccess.v1', 'not json');
    expect(getAccessToken('o1')).toBeNull();
    saveAccessToken('o1', 't1');
    expect(getAccessToken('o1')).toBe('t1');
  });
});
