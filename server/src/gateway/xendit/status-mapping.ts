// Xendit's invoice and refund statuses → our words (xendit-reference.md §2, §4). The
// only place that knows Xendit's status words.
import type { IgnoredEvent, PaymentEvent } from '../../payments/payment-event.js';
import type { RefundOutcome } from './refund-outcome.js';
import type { XenditInvoice, XenditRefund } from './wire.js';

/**
 * An invoice's status as a payment event. PAID and SETTLED are both `paid`: SETTLED
 * only says the money reached the balance, so after PAID it is the same status for the
 * same attempt (the invoice id), which the transitions table leaves unchanged.
 */
export function invoiceEvent(invoice: XenditInvoice): PaymentEvent | IgnoredEvent {
  const base = {
    // One invoice per checkout: its id names the attempt, from PENDING to SETTLED.
    transactionId: invoice.id,
    grossAmount: invoice.amount,
    ...(invoice.currency ? { currency: invoice.currency } : {}),
    ...(invoice.payment_method ? { paymentType: paymentType(invoice) } : {}),
    gatewayStatus: invoice.status,
  };
  switch (invoice.status) {
    case 'PENDING': {
      // An open invoice is not a payment begun: the core reads a transaction id as one
      // (it then waits for that payment's own expiry), and Xendit's invoice expires itself.
      const { transactionId: _none, ...open } = base;
      return { status: 'pending', transactionId: undefined, ...open };
    }
    case 'PAID':
    case 'SETTLED':
      // What was paid, when Xendit says: a payment for another sum than the invoice's
      // must reach the core as that sum, so the core refuses it as a mismatch.
      return { status: 'paid', ...base, grossAmount: invoice.paid_amount ?? invoice.amount };
    case 'EXPIRED':
      return { status: 'expired', ...base };
    default:
      // The SDK itself turns unknown words into UNKNOWN_ENUM_VALUE; we keep Xendit's.
      return { ignored: true, reason: `unknown invoice status ${invoice.status}` };
  }
}

/** "BANK_TRANSFER/BCA", "EWALLET/OVO": the method and, when given, the channel. */
function paymentType(invoice: XenditInvoice): string {
  return invoice.payment_channel ? `${invoice.payment_method}/${invoice.payment_channel}` : invoice.payment_method!;
}

/**
 * A refund's status as an outcome of the refund Lunas asked for. A Xendit refund is an
 * object of its own (the invoice stays PAID), so this does not move the order by itself.
 * `pending` changes nothing.
 */
export function refundOutcome(refund: XenditRefund): RefundOutcome | IgnoredEvent {
  const base = { refundId: refund.id, amount: refund.amount, gatewayStatus: refund.status };
  switch (refund.status) {
    case 'PENDING':
      return { outcome: 'pending', ...base };
    case 'SUCCEEDED':
      return { outcome: 'succeeded', ...base };
    case 'FAILED':
      return { outcome: 'failed', ...base, failureReason: refund.failure_code ?? 'FAILED' };
    case 'CANCELLED':
      // Cancelled (POST /refunds/{id}/cancel) before it was paid out: no money moved.
      return { outcome: 'failed', ...base, failureReason: 'CANCELLED' };
    default:
      return { ignored: true, reason: `unknown refund status ${refund.status}` };
  }
}
