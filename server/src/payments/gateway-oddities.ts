// Gateway answers that are consistent enough to read but odd enough for a person to
// see: each becomes an anomaly with the money facts, and what is applied is what the
// money says. Pure; OrderChangeService records what these return.
import type { AnomalyKind } from './anomaly.js';
import type { Order } from './order.js';
import type { PaymentEvent } from './payment-event.js';

export interface Oddity {
  kind: AnomalyKind;
  details: Record<string, unknown>;
}

export type RefundReading =
  | { event: PaymentEvent; oddity?: Oddity }
  /** Not applied: the answer says nothing that can be applied. */
  | { refused: string; oddity: Oddity };

type OrderFacts = Pick<Order, 'grossAmount' | 'refundedAmount'>;

/**
 * A refund answer read against the order:
 * - a full refund of less than was paid is applied as the partial refund the money
 *   says (so no restock: which items came back is unknown), and shown to a person;
 * - a partial refund of nothing changes nothing, and is shown.
 */
export function readRefund(order: OrderFacts, event: PaymentEvent): RefundReading {
  const refunded = event.refundedAmount;
  if (event.status === 'refunded' && refunded !== undefined && refunded < order.grossAmount) {
    return {
      event: { ...event, status: 'partially_refunded' },
      oddity: {
        kind: 'refund_below_payment',
        details: { refunded, paid: order.grossAmount, missing: order.grossAmount - refunded, gatewayStatus: event.gatewayStatus },
      },
    };
  }
  if (event.status === 'partially_refunded' && !refunded) {
    return {
      refused: 'a partial refund of nothing',
      oddity: {
        kind: 'empty_refund',
        details: { refunded: 0, paid: order.grossAmount, refundedBefore: order.refundedAmount, gatewayStatus: event.gatewayStatus },
      },
    };
  }
  return { event };
}

const PAID: ReadonlySet<Order['status']> = new Set(['paid', 'partially_refunded', 'refunded']);

/**
 * A payment of an order already paid under another transaction of the gateway: the
 * shopper may have been charged twice. The state machine refuses it (transitions.ts);
 * this says what to show.
 */
export function secondPayment(order: Pick<Order, 'status' | 'transactionId' | 'grossAmount'>, event: PaymentEvent): Oddity | null {
  if (!PAID.has(order.status) || event.status !== 'paid') return null;
  if (!order.transactionId || !event.transactionId || order.transactionId === event.transactionId) return null;
  return {
    kind: 'second_payment',
    details: {
      transactionId: event.transactionId,
      paidTransactionId: order.transactionId,
      amount: event.grossAmount,
      paid: order.grossAmount,
      orderStatus: order.status,
      gatewayStatus: event.gatewayStatus,
    },
  };
}
