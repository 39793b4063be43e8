import { describe, expect, it } from 'vitest';
import { filterFromParams, matchesFilter, NO_FILTER, paramsFromFilter, toApiFilter } from './order-filter';

const row = {
  orderId: 'LUNAS-20261126-0001',
  status: 'PAID' as const,
  createdAt: '2026-11-26T08:00:00.000Z',
  email: 'budi@contoh.id',
  gateway: 'MIDTRANS' as const,
};

describe('orders filter', () => {
  it('round-trips through the address bar and drops what it does not know', () => {
    const filter = {
      status: ['PAID' as const, 'PENDING' as const],
      from: '2026-11-01',
      to: '2026-11-30',
      search: 'budi',
      gateway: 'XENDIT' as const,
    };
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
    expect(filterFromParams(new URLSearchParams('status=NOPE&from=yesterday&q=%20x%20&gateway=PAYPAL'))).toEqual({
      ...NO_FILTER,
      search: 'x',
    });
  });

  it('turns Jakarta days into the API range, the end day included', () => {
    expect(toApiFilter({ ...NO_FILTER, from: '2026-11-26', to: '2026-11-26' })).toEqual({
      status: null,
      createdFrom: '2026-11-25T17:00:00.000Z',
      createdTo: '2026-11-26T17:00:00.000Z',
      search: null,
      gateway: null,
    });
  });

  it.each([
    [NO_FILTER, true],
    [{ ...NO_FILTER, status: ['PENDING' as const] }, false],
    [{ ...NO_FILTER, status: ['PENDING' as const, 'PAID' as const] }, true],
    [{ ...NO_FILTER, from: '2026-11-27' }, false],
    [{ ...NO_FILTER, to: '2026-11-26' }, true],
    [{ ...NO_FILTER, to: '2026-11-25' }, false],
    [{ ...NO_FILTER, search: 'lunas-2026' }, true],
    [{ ...NO_FILTER, search: '0001' }, false],
    [{ ...NO_FILTER, search: 'CONTOH' }, true],
    [{ ...NO_FILTER, gateway: 'MIDTRANS' as const }, true],
    [{ ...NO_FILTER, gateway: 'XENDIT' as const }, false],
  ])('live rows are matched as the API filters (%#)', (filter, expected) => {
    expect(matchesFilter(row, filter)).toBe(expected);
  });

  it('asks the API for the chosen gateway only', () => {
    expect(toApiFilter({ ...NO_FILTER, gateway: 'XENDIT' })).toMatchObject({ gateway: 'XENDIT' });
    expect(toApiFilter(NO_FILTER)).toMatchObject({ gateway: null });
  });
});
