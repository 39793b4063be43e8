import { canChooseAgain, nextState, reuseVerdict, type Move } from '../../src/midtrans/rules/lifecycle.js';
import { notificationStatusCode, statusApiStatusCode } from '../../src/midtrans/rules/status-codes.js';
import type { FraudStatus, PaymentType, Transaction, TransactionStatus } from '../../src/midtrans/store/types.js';

const tx = (status: TransactionStatus, extra: Partial<Transaction> = {}): Transaction => ({
  transactionId: 't',
  orderId: 'o',
  grossAmount: 1000,
  paymentType: 'gopay' as PaymentType,
  status,
  fraudStatus: 'accept' as FraudStatus,
  transactionTime: new Date(0),
  refunds: [],
  customFields: {},
  notificationUrls: [],
  ...extra,
});

// Transaction status cycle (docs/midtrans.md §12): one row per (state, move).
describe('status cycle', () => {
  it.each<[string, Transaction, Move, string | undefined]>([
    ['pending settles', tx('pending'), 'settle', 'settlement/accept'],
    ['pending expires', tx('pending'), 'expire', 'expire/accept'],
    ['pending cancels', tx('pending'), 'cancel', 'cancel/accept'],
    ['pending is denied', tx('pending'), 'bank_deny', 'deny/accept'],
    ['card in 3DS cannot settle', tx('pending', { paymentType: 'credit_card', awaitingThreeDs: true }), 'settle', undefined],
    ['capture settles', tx('capture', { paymentType: 'credit_card' }), 'settle', 'settlement/accept'],
    ['capture cancels', tx('capture', { paymentType: 'credit_card' }), 'cancel', 'cancel/accept'],
    ['capture cannot expire', tx('capture'), 'expire', undefined],
    ['challenge approves', tx('capture', { fraudStatus: 'challenge' }), 'approve', 'capture/accept'],
    ['challenge is denied', tx('capture', { fraudStatus: 'challenge' }), 'challenge_deny', 'deny/deny'],
    ['accepted capture cannot be approved', tx('capture'), 'approve', undefined],
    ['challenged capture cannot settle', tx('capture', { fraudStatus: 'challenge' }), 'settle', undefined],
    ['settlement refunds', tx('settlement'), 'refund', 'refund/accept'],
    ['partial_refund refunds again', tx('partial_refund'), 'refund', 'refund/accept'],
    ['settlement cannot cancel', tx('settlement'), 'cancel', undefined],
    ['gopay settlement cannot be reversed', tx('settlement'), 'bank_deny', undefined],
    ['permata settlement can be reversed', tx('settlement', { paymentType: 'bank_transfer', bank: 'permata' }), 'bank_deny', 'deny/accept'],
    ['expire is terminal', tx('expire'), 'settle', undefined],
    ['cancel is terminal', tx('cancel'), 'refund', undefined],
    ['refund is terminal', tx('refund'), 'refund', undefined],
  ])('%s', (_name, t, move, expected) => {
    const next = nextState(t, move);
    expect(next ? `${next.status}/${next.fraudStatus}` : undefined).toBe(expected);
  });

  it('lets a method be chosen again only after deny, expire or cancel', () => {
    expect(canChooseAgain(undefined)).toBe(true);
    expect(['deny', 'expire', 'cancel'].every((s) => canChooseAgain(tx(s as TransactionStatus)))).toBe(true);
    expect(['pending', 'capture', 'settlement', 'refund'].some((s) => canChooseAgain(tx(s as TransactionStatus)))).toBe(false);
  });

  it('tells Snap whether an order_id is free, taken or paid', () => {
    expect(reuseVerdict(undefined)).toBe('free');
    expect(reuseVerdict(tx('expire'))).toBe('free');
    expect(reuseVerdict(tx('pending'))).toBe('taken');
    expect(reuseVerdict(tx('deny'))).toBe('taken');
    expect(reuseVerdict(tx('settlement'))).toBe('paid');
    expect(reuseVerdict(tx('capture'))).toBe('paid');
  });

  it.each<[TransactionStatus, FraudStatus, string, string]>([
    ['pending', 'accept', '201', '201'],
    ['capture', 'accept', '200', '200'],
    ['capture', 'challenge', '201', '201'],
    ['settlement', 'accept', '200', '200'],
    ['deny', 'accept', '202', '202'],
    ['cancel', 'accept', '202', '200'],
    ['expire', 'accept', '202', '407'],
    ['refund', 'accept', '200', '200'],
    ['partial_refund', 'accept', '200', '200'],
  ])('%s/%s: notification %s, GET status %s (§11, §14)', (status, fraud, notif, api) => {
    const t = tx(status, { fraudStatus: fraud });
    expect(notificationStatusCode(t)).toBe(notif);
    expect(statusApiStatusCode(t)).toBe(api);
  });
});
