// A gateway whose payment status does not change when it refunds (a Xendit invoice stays
// PAID) leaves the refunded amount to us: the sum of the refunds it made, from our own
// records of them. A gateway whose status carries the refunds (Midtrans's refund and
// partial_refund, with refund_amount) is taken at its word: its event already has the amount.
import type { Order } from './order.js';
import { isIgnored, type IgnoredEvent, type PaymentEvent } from './payment-event.js';
import type { RefundRepository } from './ports.js';
import type { Refund } from './refund.js';

type FetchTruth = (order: Order) => Promise<PaymentEvent | IgnoredEvent | null>;

/** The event the order follows: a paid payment with refunds made is (partially) refunded. */
export function withRefundsMade(event: PaymentEvent, grossAmount: number, refunds: readonly Refund[]): PaymentEvent {
  if (event.status !== 'paid' || event.refundedAmount !== undefined) return event;
  const made = refunds.filter((refund) => refund.status === 'accepted').reduce((sum, refund) => sum + refund.amount, 0);
  if (made === 0) return event;
  return { ...event, status: made >= grossAmount ? 'refunded' : 'partially_refunded', refundedAmount: made };
}

/** The gateway's truth about an order, with the refunds made added where its status omits them. */
export const truthWithRefunds =
  (fetchTruth: FetchTruth, refunds: Pick<RefundRepository, 'forOrder'>): FetchTruth =>
  async (order) => {
    const truth = await fetchTruth(order);
    if (!truth || isIgnored(truth) || truth.status !== 'paid') return truth;
    return withRefundsMade(truth, order.grossAmount, await refunds.forOrder(order.orderId));
  };
