// Xendit's error codes, and failures to hear from it at all, → the core's refusal kinds
// (xendit-reference.md §2 and §4; the codes are the ones the SDK's models list). A call
// that timed out, was dropped, got a 5xx or an answer we cannot read may have happened
// at Xendit: `unknown`, never a failure the core may act on as "nothing was done".
import { XenditSdkError } from 'xendit-node';
import { GatewayError, type RefusalKind } from '../../payments/errors.js';

export type { RefusalKind };

const BY_CODE: Record<string, RefusalKind> = {
  // Invoices
  API_VALIDATION_ERROR: 'invalid_request',
  MAXIMUM_TRANSFER_AMOUNT_ERROR: 'invalid_request',
  EMAIL_FORMAT_ERROR: 'invalid_request',
  MISMATCH_CURRENCY_ERROR: 'invalid_request',
  INVALID_REMINDER_TIME: 'invalid_request',
  NO_COLLECTION_METHODS_ERROR: 'misconfigured',
  UNAVAILABLE_PAYMENT_METHOD_ERROR: 'misconfigured',
  UNSUPPORTED_CURRENCY: 'misconfigured',
  INVALID_API_KEY: 'misconfigured',
  ACCESS_SUSPENDED: 'misconfigured',
  INVOICE_NOT_FOUND_ERROR: 'not_found',
  CALLBACK_VIRTUAL_ACCOUNT_NOT_FOUND_ERROR: 'misconfigured',
  UNIQUE_ACCOUNT_NUMBER_UNAVAILABLE_ERROR: 'misconfigured',
  PAYMENT_CODE_NOT_AVAILABLE_ERROR: 'misconfigured',
  // Refunds
  INELIGIBLE_TRANSACTION: 'not_allowed',
  PARTIAL_REFUND_NOT_SUPPORTED: 'not_allowed',
  REFUND_NOT_SUPPORTED: 'not_allowed',
  REFUND_IN_PROGRESS: 'not_allowed',
  // The merchant's Xendit balance cannot cover it: refused now, possible after a top-up.
  INSUFFICIENT_BALANCE: 'not_allowed',
  MAXIMUM_REFUND_AMOUNT_REACHED: 'exceeds_amount',
  TRANSACTION_NOT_FOUND: 'not_found',
  DATA_NOT_FOUND: 'not_found',
  UNAUTHORIZED: 'misconfigured',
  REQUEST_FORBIDDEN_ERROR: 'misconfigured',
  DUPLICATE_ERROR: 'conflict',
  IDEMPOTENCY_ERROR: 'conflict',
  // Both gateways' throttles refuse before doing anything.
  RATE_LIMIT_EXCEEDED: 'unavailable',
};

/** A code we do not know is judged by its HTTP status. */
function byStatus(status: number): RefusalKind {
  if (status >= 500) return 'unknown';
  if (status === 401 || status === 403) return 'misconfigured';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'unavailable';
  return 'invalid_request';
}

/** Could not open a connection, so nothing was sent. Any other network failure is a dropped call. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A GatewayError that says what the refusal means, keeping Xendit's code for the logs. */
export class XenditGatewayError extends GatewayError {
  constructor(
    message: string,
    kind: GatewayError['kind'],
    refusal: RefusalKind,
    gatewayCode?: string,
    readonly httpStatus?: number,
  ) {
    super(message, kind, gatewayCode, refusal);
  }
}

/**
 * Classifies what an SDK call threw. `answered` is the HTTP status of the response,
 * when one came: the SDK throws a bare TypeError for an error page that is not JSON,
 * and for a 2xx it cannot read, so its error alone does not say what happened.
 */
export function toXenditError(error: unknown, answered?: number): XenditGatewayError {
  if (error instanceof XenditGatewayError) return error;
  if (error instanceof XenditSdkError) {
    const status = Number(error.status);
    const code = typeof error.errorCode === 'string' && /^[A-Z_]{1,64}$/.test(error.errorCode) ? error.errorCode : undefined;
    // 5xx stays unknown whatever its code says (CHANNEL_UNAVAILABLE is a 503).
    const refusal = status >= 500 ? 'unknown' : ((code ? BY_CODE[code] : undefined) ?? byStatus(status));
    const said = typeof error.errorMessage === 'string' ? error.errorMessage.slice(0, 300) : '';
    return new XenditGatewayError(
      `Xendit answered ${status} ${code ?? ''}: ${said}`.trim(),
      kindOf(refusal, status),
      refusal,
      code ?? String(status),
      status,
    );
  }
  const e = error as { name?: string; message?: string; cause?: { code?: string } };
  const message = (e.message ?? String(error)).slice(0, 300);
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new XenditGatewayError(`Xendit did not answer in time: ${message}`, 'timeout', 'unknown');
  }
  if (answered !== undefined) {
    if (answered >= 200 && answered < 300) {
      return new XenditGatewayError(
        `Xendit's ${answered} answer could not be read: ${message}`,
        'invalid_response',
        'unknown',
        undefined,
        answered,
      );
    }
    const refusal = byStatus(answered);
    return new XenditGatewayError(
      `Xendit answered ${answered} with a body that is not JSON`,
      kindOf(refusal, answered),
      refusal,
      String(answered),
      answered,
    );
  }
  if (e.cause?.code && NOT_SENT.has(e.cause.code)) {
    return new XenditGatewayError(`Xendit could not be reached: ${e.cause.code}`, 'unreachable', 'unavailable', e.cause.code);
  }
  // Reset or closed after the request went out: Xendit may have acted on it.
  return new XenditGatewayError(`Xendit's answer was lost: ${e.cause?.code ?? message}`, 'timeout', 'unknown', e.cause?.code);
}

/** The kind the core reads today: anything a retry may fix is not 'rejected'. */
function kindOf(refusal: RefusalKind, status: number): GatewayError['kind'] {
  if (status >= 500) return 'server_error';
  if (refusal === 'unavailable') return 'unreachable';
  return 'rejected';
}
