// Headers and raw body of a Xendit callback → verdict: the token first (nothing in an
// unauthenticated body is acted on), then the strict parse, then our words. What passes
// is still only a claim: anyone who learns the token can write any body, so the core
// applies nothing without GET /v2/invoices/{id} or GET /refunds/{id} (xendit-reference.md §3).
import type { IgnoredEvent, PaymentEvent } from '../../payments/payment-event.js';
import { checkCallbackToken, type Headers } from './callback-token.js';
import type { RefundOutcome } from './refund-outcome.js';
import { invoiceEvent, refundOutcome } from './status-mapping.js';
import { parseCallback } from './wire.js';

/** Ids a delivery names, when well-formed: for the notification log's columns only. */
export interface CallbackClues {
  invoiceId?: string;
  orderId?: string;
  status?: string;
}

export type XenditCallbackVerdict =
  | ({ verdict: 'invalid_token'; token: 'missing' | 'invalid' } & CallbackClues)
  | ({ verdict: 'malformed'; reason: string } & CallbackClues)
  /** Authentic, but for a product Lunas does not use: answered 2xx so Xendit stops retrying. */
  | { verdict: 'unsupported'; event: string }
  | { verdict: 'valid'; kind: 'invoice'; invoiceId: string; orderId: string; status: string; claim: PaymentEvent | IgnoredEvent }
  | { verdict: 'valid'; kind: 'refund'; invoiceId?: string; refundId: string; status: string; claim: RefundOutcome | IgnoredEvent };

export class XenditCallbackVerifier {
  constructor(private readonly callbackToken: string) {}

  verify(headers: Headers, rawBody: string): XenditCallbackVerdict {
    const token = checkCallbackToken(headers, this.callbackToken);
    const parsed = parseCallback(rawBody);
    if (token !== 'valid') return { verdict: 'invalid_token', token, ...clues(parsed) };
    if (!parsed.ok) return { verdict: 'malformed', reason: parsed.reason, ...clues(parsed) };
    if (parsed.kind === 'unsupported') return { verdict: 'unsupported', event: parsed.event };
    if (parsed.kind === 'invoice') {
      const { invoice } = parsed;
      return {
        verdict: 'valid',
        kind: 'invoice',
        invoiceId: invoice.id,
        orderId: invoice.external_id,
        status: invoice.status,
        claim: invoiceEvent(invoice),
      };
    }
    const { refund } = parsed;
    return {
      verdict: 'valid',
      kind: 'refund',
      ...(refund.invoice_id ? { invoiceId: refund.invoice_id } : {}),
      refundId: refund.id,
      status: refund.status,
      claim: refundOutcome(refund),
    };
  }
}

function clues(parsed: ReturnType<typeof parseCallback>): CallbackClues {
  if (!parsed.ok) {
    return {
      ...(parsed.invoiceId ? { invoiceId: parsed.invoiceId } : {}),
      ...(parsed.externalId ? { orderId: parsed.externalId } : {}),
      ...(parsed.status ? { status: parsed.status } : {}),
    };
  }
  if (parsed.kind === 'invoice')
    return { invoiceId: parsed.invoice.id, orderId: parsed.invoice.external_id, status: parsed.invoice.status };
  if (parsed.kind === 'refund')
    return { ...(parsed.refund.invoice_id ? { invoiceId: parsed.refund.invoice_id } : {}), status: parsed.refund.status };
  return {};
}
