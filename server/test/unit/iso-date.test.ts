import { orderFilter } from '../../src/graphql/admin-cursors.js';
import { parseIsoDate } from '../../src/graphql/iso-date.js';
import { PaymentError } from '../../src/payments/errors.js';

describe('parseIsoDate', () => {
  it.each([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['2026-11-25T17:00:00.000Z', '2026-11-25T17:00:00.000Z'],
    ['2026-03-01T07:00:00+07:00', '2026-03-01T00:00:00.000Z'],
  ])('takes %s', (value, iso) => {
    expect(parseIsoDate(value)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:60Z',
    '2026-01-01T10:00:00+25:00',
    '2026-2-3',
    'March 2, 2026',
    '1772409600000',
    '',
  ])('refuses %j', (value) => {
    expect(parseIsoDate(value)).toBeUndefined();
  });
});

describe('the desk order filter', () => {
  it('refuses createdFrom 2026-02-30 with BAD_USER_INPUT instead of rolling it to 2 March', () => {
    expect(() => orderFilter({ createdFrom: '2026-02-30' })).toThrow(PaymentError);
    try {
      orderFilter({ createdTo: '2026-02-30' });
    } catch (error) {
      expect((error as PaymentError).code).toBe('BAD_USER_INPUT');
      expect((error as PaymentError).details?.fields).toEqual([{ field: 'filter.createdTo', message: expect.stringMatching(/ISO 8601/) }]);
    }
    expect.assertions(3);
  });
});
