// The operator desk's answers for what the gateway did or did not do, worded once.
import { GatewayError, PaymentError } from './errors.js';
import type { Refund } from './refund.js';

export const refundInProgress = (open: Refund) =>
  new PaymentError(
    'REFUND_IN_PROGRESS',
    `The refund ${open.refundKey} of this order has no known outcome yet; Lunas is checking with the payment gateway. Retry that one (same key), not a new one.`,
    { refundKey: open.refundKey },
  );

export const outcomeUnknown = (what: 'refund' | 'cancel', details: Record<string, unknown>) =>
  new PaymentError(
    'OUTCOME_UNKNOWN',
    what === 'refund'
      ? 'The payment gateway did not answer; do not start another refund; Lunas is checking. Sending this one again (same key) is safe.'
      : 'The payment gateway did not answer; the payment may be cancelled already; Lunas is checking.',
    { operation: what, ...details },
  );

/** A refund the gateway refused: nothing was refunded. */
export function refusalFor(error: GatewayError): Error {
  if (error.refusal === 'not_allowed')
    return new PaymentError(
      'REFUND_NOT_ALLOWED',
      'The payment gateway refuses to refund this payment now: it is not settled yet (a captured card payment is cancelled instead), or another refund is in progress.',
    );
  if (error.refusal === 'exceeds_amount') return new PaymentError('REFUND_EXCEEDS_PAYMENT', 'The payment gateway refuses this amount.');
  return new PaymentError(
    'PAYMENT_GATEWAY_ERROR',
    `The payment gateway refused the refund; nothing was refunded (${error.gatewayCode ?? error.kind}).`,
  );
}

/** For calls that move no money (status): a failure changed nothing, so trying again is plain. */
export function toGatewayFailure(error: unknown): Error {
  if (!(error instanceof GatewayError)) return error as Error;
  return new PaymentError('PAYMENT_GATEWAY_ERROR', 'The payment gateway could not be asked; nothing changed. Try again in a moment.');
}
