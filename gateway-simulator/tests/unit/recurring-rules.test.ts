import { validPhone } from '../../src/midtrans/rules/pay-account.js';
import {
  addIntervals,
  AMOUNT_RANGE_MESSAGE,
  parseNewSubscription,
  parseSubscription,
} from '../../src/midtrans/rules/subscription-request.js';

// Pure rules of subscriptions and GoPay tokenization (docs/midtrans.md §24, §25), as tables.

const valid = {
  name: 'MONTHLY',
  amount: '14000',
  payment_type: 'credit_card',
  token: 'tok',
  schedule: { interval: 1, interval_unit: 'month' },
};

describe('subscription create validation', () => {
  it('accepts a minimal request and defaults currency to IDR', () => {
    expect(parseNewSubscription(valid)).toEqual({
      ok: true,
      value: expect.objectContaining({ name: 'MONTHLY', amount: 14000, currency: 'IDR', interval: 1, intervalUnit: 'month' }),
    });
  });

  it.each([
    ['amount 0', { amount: 0 }, AMOUNT_RANGE_MESSAGE],
    ['amount above the maximum', { amount: 100_000_000_000 }, AMOUNT_RANGE_MESSAGE],
    ['amount not a number', { amount: 'ten' }, AMOUNT_RANGE_MESSAGE],
    ['currency USD', { currency: 'USD' }, 'subscription.currency must be IDR'],
    ['payment_type bank_transfer', { payment_type: 'bank_transfer' }, 'subscription.payment_type must be one of credit_card, gopay'],
    ['gopay without account', { payment_type: 'gopay' }, 'subscription.gopay.account_id is required'],
    ['interval 0', { schedule: { interval: 0, interval_unit: 'day' } }, 'subscription.schedule.interval must be a positive integer'],
    [
      'interval_unit year',
      { schedule: { interval: 1, interval_unit: 'year' } },
      'subscription.schedule.interval_unit must be one of day, week, month',
    ],
    [
      'max_interval 1.5',
      { schedule: { interval: 1, interval_unit: 'day', max_interval: 1.5 } },
      'subscription.schedule.max_interval must be a positive integer',
    ],
    [
      'start_time ISO',
      { schedule: { interval: 1, interval_unit: 'day', start_time: '2030-01-01T00:00:00Z' } },
      'subscription.schedule.start_time format is invalid',
    ],
  ])('%s → "%s"', (_name, change, message) => {
    expect(parseNewSubscription({ ...valid, ...change })).toEqual({ ok: false, errors: [message] });
  });

  it('an empty body names every required field', () => {
    const parsed = parseNewSubscription(null);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      'subscription.name is required',
      'subscription.amount is required',
      'subscription.payment_type must be one of credit_card, gopay',
      'subscription.token is required',
      'subscription.schedule.interval is required',
      'subscription.schedule.interval_unit must be one of day, week, month',
    ]);
  });

  it('an update reads only what is sent', () => {
    expect(parseSubscription({ metadata: { a: 1 } }, 'update')).toEqual({ ok: true, value: { metadata: { a: 1 } } });
    expect(parseSubscription({ amount: -1 }, 'update')).toEqual({ ok: false, errors: [AMOUNT_RANGE_MESSAGE] });
  });
});

describe('schedule arithmetic', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['2030-01-31T00:00:00Z', 1, 'day', '2030-02-01T00:00:00.000Z'],
    ['2030-01-31T00:00:00Z', 2, 'week', '2030-02-14T00:00:00.000Z'],
    ['2030-01-15T03:00:00Z', 1, 'month', '2030-02-15T03:00:00.000Z'],
    ['2030-11-15T03:00:00Z', 3, 'month', '2031-02-15T03:00:00.000Z'],
  ] as const)('%s + %i %s = %s', (from, count, unit, expected) => {
    expect(addIntervals(at(from), count, unit).toISOString()).toBe(expected);
  });
});

describe('GoPay phone numbers', () => {
  it.each([
    ['81234567891', true],
    ['123450001', true],
    ['081234567891', false],
    ['+6281234567891', false],
    ['8123-4567', false],
    [81234567891, false],
  ])('%s → %s', (phone, ok) => {
    expect(validPhone(phone)).toBe(ok);
  });
});
