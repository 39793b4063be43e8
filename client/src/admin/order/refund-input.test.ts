import { describe, expect, it } from 'vitest';
import { checkRefund, createRefundKeys, refundable } from './refund-input';

describe('refund input', () => {
  it('refunds at most what was paid and not yet refunded', () => {
    expect(refundable({ grossAmount: 750000, refundedAmount: 250000 })).toBe(500000);
    expect(refundable({ grossAmount: 750000, refundedAmount: 750000 })).toBe(0);
  });

  it.each([
    ['1', 'Rusak', {}],
    ['500000', 'Rusak', {}],
    ['500001', 'Rusak', { amount: true }],
    ['0', 'Rusak', { amount: true }],
    ['12.5', 'Rusak', { amount: true }],
    ['1e3', 'Rusak', { amount: true }],
    ['', 'Rusak', { amount: true }],
    ['100', ' ab ', { reason: true }],
    ['100', 'x'.repeat(201), { reason: true }],
  ])('amount %j, reason %j → %j', (amount, reason, problems) => {
    expect(checkRefund(amount, reason, 500000)).toEqual(problems);
  });

  it('keeps one key per refund meant, a new one for another refund', () => {
    let n = 0;
    const keys = createRefundKeys(() => `key-${++n}`);
    expect(keys.keyFor(100, 'Rusak')).toBe('key-1');
    expect(keys.keyFor(100, 'Rusak ')).toBe('key-1'); // a retry
    expect(keys.keyFor(200, 'Rusak')).toBe('key-2'); // another amount: another refund
    keys.done();
    expect(keys.keyFor(200, 'Rusak')).toBe('key-3'); // after a success, a new refund
  });
});
