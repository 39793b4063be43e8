import type { AdminOrderFilter, OrderStatus, PaymentGateway } from '../../gql/graphql';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'PENDING',
  'PAID',
  'FAILED',
  'EXPIRED',
  'CANCELLED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
];

export const GATEWAYS: readonly PaymentGateway[] = ['MIDTRANS', 'XENDIT'];

/** The filter as the operator types it, and as the address bar keeps it (shareable, Back works). */
export interface OrdersFilter {
  status: OrderStatus[];
  /** yyyy-mm-dd, a day in Jakarta time; '' for none. */
  from: string;
  to: string;
  search: string;
  /** One gateway, or null for all. */
  gateway: PaymentGateway | null;
}

export const NO_FILTER: OrdersFilter = { status: [], from: '', to: '', search: '', gateway: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filterFromParams(params: URLSearchParams): OrdersFilter {
  const day = (value: string | null) => (value && DAY.test(value) ? value : '');
  return {
    status: params.getAll('status').filter((s): s is OrderStatus => ORDER_STATUSES.includes(s as OrderStatus)),
    from: day(params.get('from')),
    to: day(params.get('to')),
    search: params.get('q')?.trim() ?? '',
    gateway: GATEWAYS.find((gateway) => gateway === params.get('gateway')) ?? null,
  };
}

export function paramsFromFilter(filter: OrdersFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filter.status) params.append('status', status);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.search.trim()) params.set('q', filter.search.trim());
  if (filter.gateway) params.set('gateway', filter.gateway);
  return params;
}

/** Midnight at the start of a Jakarta day (WIB, UTC+7, no daylight saving), as ISO 8601. */
function startOfDay(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00+07:00`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString();
}

export function rangeIsValid(filter: OrdersFilter): boolean {
  return !filter.from || !filter.to || filter.from <= filter.to;
}

/** The API's filter: `createdTo` is exclusive, so "until the 3rd" means before the 4th. */
export function toApiFilter(filter: OrdersFilter): AdminOrderFilter {
  return {
    status: filter.status.length > 0 ? filter.status : null,
    createdFrom: filter.from ? startOfDay(filter.from) : null,
    createdTo: filter.to ? startOfDay(filter.to, 1) : null,
    search: filter.search || null,
    gateway: filter.gateway,
  };
}

/**
 * Whether a live event's order belongs in the table as filtered, so a new order only
 * appears when the server would have listed it. Search as the API documents it: an
 * order id prefix or part of the email.
 */
export function matchesFilter(
  row: { orderId: string; status: OrderStatus; createdAt: string; email: string; gateway: PaymentGateway },
  filter: OrdersFilter,
): boolean {
  const api = toApiFilter(filter);
  if (api.gateway && row.gateway !== api.gateway) return false;
  if (api.status && !api.status.includes(row.status)) return false;
  const created = Date.parse(row.createdAt);
  if (api.createdFrom && created < Date.parse(api.createdFrom)) return false;
  if (api.createdTo && created >= Date.parse(api.createdTo)) return false;
  const query = filter.search.toLowerCase();
  if (query && !row.orderId.toLowerCase().startsWith(query) && !row.email.toLowerCase().includes(query)) {
    return false;
  }
  return true;
}
