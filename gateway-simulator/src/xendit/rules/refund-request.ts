import { validationError } from './errors.js';

// `POST /refunds` (docs/xendit.md §5): the body xendit-node's CreateRefund sends, checked.
// Pure; whether the invoice can take the refund is the engine's question (it needs the store).
export const REFUND_REASONS = ['FRAUDULENT', 'DUPLICATE', 'REQUESTED_BY_CUSTOMER', 'CANCELLATION', 'OTHERS'];

export interface RefundRequest {
  invoiceId?: string;
  paymentRequestId?: string;
  referenceId: string | null;
  amount?: number;
  currency?: string;
  reason: string;
  metadata: Record<string, unknown> | null;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const given = (v: unknown) => v !== undefined && v !== null;

export function parseRefundRequest(raw: unknown): RefundRequest {
  if (!isObj(raw)) throw validationError('"value" must be of type object');
  const b = raw;
  for (const key of ['invoice_id', 'payment_request_id', 'reference_id', 'currency', 'reason']) {
    if (given(b[key]) && typeof b[key] !== 'string') throw validationError(`"${key}" must be a string`);
  }
  if (!given(b.invoice_id) && !given(b.payment_request_id)) throw validationError('"invoice_id" or "payment_request_id" is required');
  if (given(b.invoice_id) && given(b.payment_request_id)) throw validationError('give only one of "invoice_id" and "payment_request_id"');
  if (given(b.amount)) {
    if (typeof b.amount !== 'number' || !Number.isFinite(b.amount)) throw validationError('"amount" must be a number');
    if (b.amount <= 0) throw validationError('"amount" must be a positive number');
    if (!Number.isInteger(b.amount)) throw validationError('"amount" must be an integer for IDR');
  }
  if (!given(b.reason)) throw validationError('"reason" is required');
  if (!REFUND_REASONS.includes(b.reason as string)) throw validationError(`"reason" must be one of [${REFUND_REASONS.join(', ')}]`);
  if (given(b.currency) && b.currency !== 'IDR') throw validationError('"currency" must be IDR, the currency of the invoice');
  if (given(b.metadata) && !isObj(b.metadata)) throw validationError('"metadata" must be an object');
  return {
    invoiceId: given(b.invoice_id) ? (b.invoice_id as string) : undefined,
    paymentRequestId: given(b.payment_request_id) ? (b.payment_request_id as string) : undefined,
    referenceId: given(b.reference_id) ? (b.reference_id as string) : null,
    amount: given(b.amount) ? (b.amount as number) : undefined,
    currency: given(b.currency) ? (b.currency as string) : undefined,
    reason: b.reason as string,
    metadata: given(b.metadata) ? (b.metadata as Record<string, unknown>) : null,
  };
}
