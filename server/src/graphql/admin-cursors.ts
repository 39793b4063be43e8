// Cursors and filters of the operator desk's connections: opaque to clients, checked
// strictly when they come back.
import { badInput } from '../payments/errors.js';
import type { OrderFilter } from '../payments/ports.js';
import type { AdminOrderFilter } from './__generated__/resolvers-types.js';
import { parseIsoDate } from './iso-date.js';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decode(cursor: string, field: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput([{ field, message: 'is not a cursor this API gave out' }]);
  }
}

export const orderCursor = (createdAt: Date, orderId: string) => encode([createdAt.toISOString(), orderId]);

export function afterOrder(cursor: string | null | undefined): { createdAt: Date; orderId: string } | undefined {
  if (!cursor) return undefined;
  const value = decode(cursor, 'after');
  if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string' || Number.isNaN(Date.parse(value[0]))) {
    throw badInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  }
  return { createdAt: new Date(value[0]), orderId: value[1] };
}

export const notificationCursor = (receivedAt: Date, id: string) => encode([receivedAt.toISOString(), id]);

export function afterNotification(cursor: string | null | undefined): { receivedAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const value = decode(cursor, 'after');
  if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string' || Number.isNaN(Date.parse(value[0]))) {
    throw badInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  }
  return { receivedAt: new Date(value[0]), id: value[1] };
}

export const anomalyCursor = (at: Date) => encode(at.toISOString());

export function beforeAnomaly(cursor: string | null | undefined): Date | undefined {
  if (!cursor) return undefined;
  const value = decode(cursor, 'after');
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    throw badInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  return new Date(value);
}

export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > 100) throw badInput([{ field: 'first', message: 'must be 1 to 100' }]);
  return size;
}

export function orderFilter(filter: AdminOrderFilter | null | undefined): OrderFilter {
  if (!filter) return {};
  const date = (value: string | null | undefined, field: string) => {
    if (!value) return undefined;
    const parsed = parseIsoDate(value);
    if (!parsed) {
      throw badInput([{ field: `filter.${field}`, message: 'must be a real ISO 8601 date such as 2026-02-28 or 2026-02-28T17:00:00Z' }]);
    }
    return parsed;
  };
  const createdFrom = date(filter.createdFrom, 'createdFrom');
  const createdTo = date(filter.createdTo, 'createdTo');
  return {
    ...(filter.status?.length ? { statuses: filter.status } : {}),
    ...(createdFrom ? { createdFrom } : {}),
    ...(createdTo ? { createdTo } : {}),
    ...(filter.search?.trim() ? { search: filter.search.trim().slice(0, 100) } : {}),
    ...(filter.gateway ? { gateway: filter.gateway } : {}),
  };
}
