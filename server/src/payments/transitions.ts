// The payment state machine, as a pure function: no database, gateway or framework.
// Midtrans may deliver notifications twice, late or out of order (docs/midtrans.md §8), so
// a duplicate or stale event is `unchanged`, never an error, and a late `pending` or
// `expire` can never un-pay an order.
import type { OrderStatus } from './order-status.js';
import type { PaymentEvent } from './payment-event.js';

export interface PaymentState {
  status: OrderStatus;
  /** Transaction id of the last attempt we recorded, if any. */
  transactionId: string | undefined;
  refundedAmount: number;
}

export type Transition =
  { kind: 'changed'; to: OrderStatus; reason: string } | { kind: 'unchanged'; reason: string } | { kind: 'rejected'; reason: string };

/** Statuses in which the order's money was taken. */
const PAID: ReadonlySet<OrderStatus> = new Set(['paid', 'partially_refunded', 'refunded']);

const changed = (to: OrderStatus, reason: string): Transition => ({ kind: 'changed', to, reason });
const unchanged = (reason: string): Transition => ({ kind: 'unchanged', reason });
const rejected = (reason: string): Transition => ({ kind: 'rejected', reason });

export function transition(current: PaymentState, event: PaymentEvent): Transition {
  const sameAttempt = current.transactionId !== undefined && current.transactionId === event.transactionId;
  const anotherAttempt = current.transactionId !== undefined && event.transactionId !== undefined && !sameAttempt;
  if (PAID.has(current.status) && event.status === 'paid' && anotherAttempt) {
    // The order was paid under one transaction and the gateway settles another: money
    // taken twice, maybe. Not "already paid": a person must look (an anomaly).
    return rejected('paid again under another transaction: a possible double charge');
  }

  switch (current.status) {
    case 'pending':
      if (event.status === 'pending') {
        // A checkout still open at the gateway, with no payment begun (an invoice no one
        // has paid yet): nothing new.
        if (current.transactionId === undefined && event.transactionId === undefined) return unchanged('no payment begun yet');
        // The first pending notification of an attempt brings its VA number / bill key;
        // later copies of it change nothing.
        return sameAttempt ? unchanged('duplicate pending') : changed('pending', 'payment attempt started');
      }
      return changed(event.status, `pending → ${event.status}`);

    case 'failed':
      // A card deny still lets the shopper retry inside the same Snap session, so a
      // failure is not final: a later success or a new attempt takes over.
      if (event.status === 'paid') return changed('paid', 'retry after failure succeeded');
      if (event.status === 'pending') {
        return sameAttempt ? unchanged('stale pending of the failed attempt') : changed('pending', 'retry after failure');
      }
      if (event.status === 'failed') return unchanged('duplicate failure');
      if (event.status === 'expired' || event.status === 'cancelled') return changed(event.status, `failed → ${event.status}`);
      return rejected(`${event.status} for an order that was never paid`);

    case 'paid':
      if (event.status === 'refunded' || event.status === 'partially_refunded') {
        return changed(event.status, `paid → ${event.status}`);
      }
      // Midtrans can void a captured card payment (cancel) or reverse a settlement
      // (deny, Permata/Mandiri bill/Indomaret, docs/midtrans.md §12) — only for the same
      // attempt. The same words about another attempt are stale news.
      if ((event.status === 'cancelled' || event.status === 'failed') && sameAttempt) {
        return changed(event.status, `payment reversed (${event.gatewayStatus})`);
      }
      return unchanged(event.status === 'paid' ? 'already paid' : `stale ${event.status} after payment`);

    case 'partially_refunded':
      if (event.status === 'refunded') return changed('refunded', 'fully refunded');
      if (event.status === 'partially_refunded' && (event.refundedAmount ?? 0) > current.refundedAmount) {
        return changed('partially_refunded', 'another partial refund');
      }
      return unchanged(`stale ${event.status} after partial refund`);

    case 'refunded':
      return unchanged(`order already refunded (${event.status})`);

    case 'expired':
    case 'cancelled':
      // Midtrans never settles an expired or cancelled transaction; money arriving
      // for one is an anomaly a person must look at, not something to apply.
      if (event.status === 'paid' || event.status === 'refunded' || event.status === 'partially_refunded') {
        return rejected(`${event.status} for an order that is ${current.status}`);
      }
      return unchanged(`order already ${current.status}`);
  }
}
