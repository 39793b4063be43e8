// Failures the payment core reports, each with a stable code. The GraphQL and HTTP
// edges map these codes to extensions.code / status in one place each; anything that
// is not a PaymentError is unexpected, logged, and masked from clients.
export type PaymentErrorCode = 'BAD_USER_INPUT' | 'ORDER_NOT_FOUND' | 'PAYMENT_GATEWAY_ERROR';

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
  new PaymentError(
    'BAD_USER_INPUT',
    problems.map((p) => `${p.field}: ${p.message}`).join('; '),
    { fields: problems },
  );

/** Same answer for "no such order" and "wrong token", so neither leaks existence. */
export const orderNotFound = () =>
  new PaymentError('ORDER_NOT_FOUND', 'Order not found, or the access token does not match it.');

/** Raised by gateway adapters; the message keeps the gateway's own words for the logs. */
export class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(
    message: string,
    readonly kind: 'timeout' | 'unreachable' | 'rejected' | 'server_error',
  ) {
    super(message);
  }
}
