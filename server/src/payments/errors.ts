// Failures the payment core reports, each with a stable code. The GraphQL and HTTP
// edges map these codes to extensions.code / status in one place each; anything that
// is not a PaymentError is unexpected, logged, and masked from clients.
export type PaymentErrorCode =
  | 'BAD_USER_INPUT'
  | 'ORDER_NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'PAYMENT_GATEWAY_ERROR'
  | 'UNAUTHENTICATED'
  | 'REFUND_NOT_ALLOWED'
  | 'REFUND_EXCEEDS_PAYMENT'
  | 'REFUND_IN_PROGRESS'
  | 'CANCEL_NOT_ALLOWED'
  | 'OUTCOME_UNKNOWN'
  | 'RATE_LIMITED';

export class PaymentError extends Error {
  override name = 'PaymentError';
  constructor(
    readonly code: PaymentErrorCode,
    message: string,
    /** Safe to show clients: e.g. which fields were wrong. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

export const badInput = (problems: FieldProblem[]) =>
  new PaymentError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: problems });

/** Same answer for "no such order" and "wrong token", so neither leaks existence. */
export const orderNotFound = () => new PaymentError('ORDER_NOT_FOUND', 'Order not found, or the access token does not match it.');

export interface StockShortage {
  productId: string;
  name: string;
  requested: number;
  available: number;
}

export const outOfStock = (shortages: StockShortage[]) =>
  new PaymentError(
    'OUT_OF_STOCK',
    shortages.map((s) => (s.available === 0 ? `${s.name} is out of stock` : `only ${s.available} of ${s.name} left`)).join('; '),
    { products: shortages },
  );

/**
 * What a gateway's refusal means to the core, in words no gateway owns. Each adapter
 * turns its own codes into these; the core reads only these.
 */
export type RefusalKind =
  /** The gateway has no such payment or refund. */
  | 'not_found'
  /** Refused in the current state: not settled yet, already paid, a refund in progress. */
  | 'not_allowed'
  /** More than remains refundable. */
  | 'exceeds_amount'
  /** The idempotency key was used for another request. */
  | 'conflict'
  /** Our request is wrong: a bug, not fixed by retrying. */
  | 'invalid_request'
  /** Keys, account or channels: an operator must act in the gateway's dashboard. */
  | 'misconfigured'
  /** Refused before anything was done (rate limit, no connection): retry later. */
  | 'unavailable'
  /** It may have happened: ask the gateway before deciding. */
  | 'unknown';

/** Raised by gateway adapters; the message keeps the gateway's own words for the logs. */
export class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(
    message: string,
    readonly kind: 'timeout' | 'unreachable' | 'rejected' | 'server_error' | 'invalid_response',
    /** The gateway's own code, when it answered: for the logs and the operator, never for decisions. */
    readonly gatewayCode?: string,
    /** What a 'rejected' means; the core decides on this, not on gatewayCode. */
    readonly refusal: RefusalKind = kind === 'rejected' ? 'invalid_request' : 'unknown',
  ) {
    super(message);
  }
}

/**
 * A failure that a retry can fix (database, gateway or pubsub briefly unavailable).
 * The webhook answers it with 503, which Midtrans retries four times.
 */
export class TransientError extends Error {
  override name = 'TransientError';
}
