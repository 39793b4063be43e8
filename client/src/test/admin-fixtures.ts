import { AdminDeskMe } from '../admin/operator-session';
import type { OrderStatus } from '../gql/graphql';
import { ORDER_ID, versionOf } from './fixtures';

export const OPERATOR = { __typename: 'Operator' as const, id: 'op-1', email: 'ops@lunas.id' };

export const meMock = (me: typeof OPERATOR | null = OPERATOR) => ({
  request: { query: AdminDeskMe },
  result: { data: { me } },
});

export function gqlError(code: string, message = code) {
  return { errors: [{ message, extensions: { code } }] };
}

/** An order as the desk's list shows it. */
export function adminRow(orderId: string, status: OrderStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AdminOrder' as const,
    order: {
      __typename: 'Order' as const,
      orderId,
      gateway: 'MIDTRANS',
      status,
      grossAmount: 750000,
      refundedAmount: 0,
      paymentType: 'bank_transfer',
      createdAt: '2026-11-26T08:00:00.000Z',
      updatedAt: status === 'PENDING' ? '2026-11-26T08:00:00.000Z' : '2026-11-26T08:05:00.000Z',
      version: versionOf(status),
      ...overrides,
    },
    customer: { __typename: 'Customer' as const, name: 'Budi Santoso', email: `budi+${orderId.slice(-4)}@contoh.id` },
  };
}

export const connection = <T>(nodes: T[], endCursor: string | null = null) => ({
  __typename: 'AdminOrderConnection' as const,
  edges: nodes.map((node, index) => ({ __typename: 'AdminOrderEdge' as const, cursor: `c${index}`, node })),
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage: endCursor !== null, endCursor },
});

/** The refused delivery the order page's fixture counts (NotificationLogRejected). */
export const REJECTED_NOTIFICATION = {
  __typename: 'NotificationLogEntry' as const,
  id: 'n2',
  cursor: 'c-n2',
  receivedAt: '2026-11-26T08:06:00.000Z',
  rawBody: '{"order_id":"LUNAS-2026',
  bodyTruncated: true,
  bodySha256: 'b'.repeat(64),
  verdict: 'INVALID_SIGNATURE',
  outcome: 'rejected',
  reason: 'signature_key does not match',
  httpStatus: 401,
  transactionStatus: 'settlement',
};

/** An order as the order page shows it: a paid order with a valid notification and a refused one. */
export function adminOrderDetail(
  status: OrderStatus = 'PAID',
  overrides: { refundedAmount?: number; refunds?: unknown[]; paymentType?: string; gateway?: 'MIDTRANS' | 'XENDIT' } = {},
) {
  const { order, customer } = adminRow(ORDER_ID, status, {
    refundedAmount: overrides.refundedAmount ?? 0,
    ...(overrides.gateway ? { gateway: overrides.gateway } : {}),
    ...(overrides.paymentType ? { paymentType: overrides.paymentType } : {}),
  });
  return {
    __typename: 'AdminOrder' as const,
    order: {
      ...order,
      transactionId: 'trx-1',
      items: [{ __typename: 'OrderItem' as const, productId: 'kopi', name: 'Kopi Gayo 250 g', price: 375000, quantity: 2 }],
    },
    customer: { ...customer, phone: '081234567890' },
    statusHistory: [
      {
        __typename: 'StatusChange' as const,
        status: 'PENDING',
        at: '2026-11-26T08:00:00.000Z',
        source: 'createPayment',
        transactionId: null,
      },
      ...(status === 'PENDING'
        ? []
        : [{ __typename: 'StatusChange' as const, status, at: '2026-11-26T08:05:00.000Z', source: 'settlement', transactionId: 'trx-1' }]),
    ],
    notifications: [
      {
        __typename: 'NotificationLogEntry' as const,
        id: 'n1',
        cursor: 'c-n1',
        receivedAt: '2026-11-26T08:05:00.000Z',
        rawBody: '{"order_id":"LUNAS-20261126-0001","transaction_status":"settlement","gross_amount":"750000.00"}',
        bodyTruncated: false,
        bodySha256: 'a'.repeat(64),
        verdict: 'VALID',
        outcome: 'applied',
        reason: null,
        httpStatus: 200,
        transactionStatus: 'settlement',
      },
    ],
    rejectedNotificationCount: 1,
    refunds: overrides.refunds ?? [],
    anomalies: [
      {
        __typename: 'PaymentAnomaly' as const,
        id: 'an1',
        orderId: ORDER_ID,
        kind: 'AMOUNT_MISMATCH',
        details: '{"expected":750000,"reported":700000}',
        at: '2026-11-26T08:05:00.000Z',
      },
    ],
  };
}
