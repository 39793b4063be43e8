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

  it('keeps the key through any edit until a new refund is started on purpose', () => {
    let n = 0;
    const keys = createRefundKeys(() => `key-${++n}`);
    expect(keys.current()).toBe('key-1');
    expect(keys.current()).toBe('key-1'); // a retry, with an edited reason or amount
    keys.startNew();
    expect(keys.current()).toBe('key-2');
  });
});
