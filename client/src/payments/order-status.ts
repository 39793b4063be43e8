import type { OrderStatus } from '../gql/graphql';

export type ResultKind = 'success' | 'pending' | 'failure';

export const RESULT_KINDS: readonly ResultKind[] = ['success', 'pending', 'failure'];

/**
 * Which result page shows an order. Decided only from the status the server
 * reports, never from the query string of Midtrans's finish redirect.
 */
export function resultKindFor(status: OrderStatus): ResultKind {
  switch (status) {
    case 'PENDING':
      return 'pending';
    case 'PAID':
    case 'REFUNDED':
    case 'PARTIALLY_REFUNDED':
      // A refund follows a payment: the shopper still wants the paid order's summary.
      return 'success';
    case 'FAILED':
    case 'EXPIRED':
    case 'CANCELLED':
      return 'failure';
  }
}

export function resultPath(kind: ResultKind, orderId: string): string {
  return `/payment/${kind}?order_id=${encodeURIComponent(orderId)}`;
}

export function isResultKind(value: string | undefined): value is ResultKind {
  return RESULT_KINDS.includes(value as ResultKind);
}
