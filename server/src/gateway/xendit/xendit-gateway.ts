// The Xendit adapter over the official xendit-node SDK: an invoice is the hosted
// checkout, GET /v2/invoices/{id} the truth every change is confirmed with, expire! the
// cancel, and refunds by the refund's idempotency key (xendit-reference.md §2, §4).
//
// The SDK builds the requests (paths, Basic auth, headers, snake_case bodies); its
// answers are read from the raw JSON instead of its models, because the models drop
// what we must check: a refund's `status` and `invoice_id`, an invoice's `paid_amount`.
import type { RefundRequest } from '../../payments/ports.js';
import type { IgnoredEvent, PaymentEvent } from '../../payments/payment-event.js';
import { XenditGatewayError } from './error-mapping.js';
import { invoiceRequest } from './invoice-request.js';
import type { XenditMode } from './mode.js';
import type { PaymentReference } from '../../payments/order.js';
import type { CheckoutRequest, CheckoutSession } from '../../payments/ports.js';
import type { RefundOutcome } from './refund-outcome.js';
import { rawAnswer, type XenditApis } from './sdk-call.js';
import { invoiceEvent, refundOutcome } from './status-mapping.js';
import { invoiceAnswerSchema, parseWith, refundAnswerSchema, type XenditInvoiceAnswer, type XenditRefund } from './wire.js';

export interface XenditGatewayOptions {
  mode: XenditMode;
  secretKey: string;
  /** Only in simulator mode: the simulator's Xendit base URL (…:4100/xendit). */
  simulatorUrl?: string;
  /** Creating an invoice. */
  requestTimeoutMs: number;
  /** Status, expire and refund calls: short, so a callback is answered well within Xendit's 30 s. */
  statusTimeoutMs: number;
}

/** Test and live mode share the host; the secret key decides which one a call reaches. */
const XENDIT_API = 'https://api.xendit.co';

/** Which invoice a call is about; the gateway's name is the registry's business. */
export type XenditPayment = Pick<PaymentReference, 'orderId' | 'reference'>;

export class XenditGateway {
  private readonly baseUrl: string;

  constructor(private readonly options: XenditGatewayOptions) {
    this.baseUrl = options.mode === 'simulator' ? (options.simulatorUrl ?? '').replace(/\/$/, '') : XENDIT_API;
  }

  /** Opens an invoice for the order. @throws XenditGatewayError */
  async createSession(request: Omit<CheckoutRequest, 'gateway'>): Promise<CheckoutSession & { expiresAt: Date }> {
    const data = invoiceRequest(request);
    const raw = await this.call(this.options.requestTimeoutMs, ({ invoice }) => invoice.createInvoice({ data }));
    const invoice = this.readInvoice(raw, 'created');
    if (invoice.external_id !== request.orderId || invoice.amount !== request.grossAmount) {
      throw new XenditGatewayError(
        `Xendit created invoice ${invoice.id} for ${invoice.external_id} / ${invoice.amount}, not ${request.orderId} / ${request.grossAmount}`,
        'invalid_response',
        'unknown',
      );
    }
    return { reference: invoice.id, redirectUrl: invoice.invoice_url, expiresAt: new Date(invoice.expiry_date) };
  }

  /**
   * Xendit's own word on the order's invoice: the only source the core applies. Amount
   * and currency travel in the event for the core to compare with the order; `null`
   * when Xendit has no such invoice. @throws XenditGatewayError
   */
  async fetchStatus(payment: XenditPayment): Promise<PaymentEvent | IgnoredEvent | null> {
    let raw: unknown;
    try {
      raw = await this.call(this.options.statusTimeoutMs, ({ invoice }) => invoice.getInvoiceById({ invoiceId: payment.reference }));
    } catch (error) {
      if (error instanceof XenditGatewayError && error.refusal === 'not_found') return null;
      throw error;
    }
    return invoiceEvent(this.readInvoice(raw, 'status', payment));
  }

  /** Expires the invoice, so it takes no payment. @throws XenditGatewayError (not_allowed once it is paid) */
  async cancel(payment: XenditPayment): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.call(this.options.statusTimeoutMs, ({ invoice }) => invoice.expireInvoice({ invoiceId: payment.reference }));
    } catch (error) {
      if (!(error instanceof XenditGatewayError) || error.refusal !== 'not_found') throw error;
      // expire! answers 404 both for no such invoice and for one that is no longer
      // PENDING ("Could not find and update PENDING invoice"): the invoice itself says which.
      return this.explainRefusedExpiry(payment, error);
    }
    const invoice = this.readInvoice(raw, 'expire', payment);
    if (invoice.status !== 'EXPIRED') {
      throw new XenditGatewayError(
        `Xendit left invoice ${invoice.id} ${invoice.status} when asked to expire it`,
        'rejected',
        'not_allowed',
      );
    }
  }

  /**
   * Asks Xendit to refund part or all of the invoice's payment. The refund key is the
   * idempotency key: the same key and body give the same refund, once. Xendit answers
   * PENDING; the outcome comes by callback or `fetchRefund`. @throws XenditGatewayError
   */
  async refund(payment: XenditPayment, request: RefundRequest): Promise<RefundOutcome> {
    const raw = await this.call(this.options.statusTimeoutMs, ({ refund }) =>
      refund.createRefund({
        idempotencyKey: request.refundKey,
        data: {
          invoiceId: payment.reference,
          referenceId: request.refundKey,
          amount: request.amount,
          currency: 'IDR',
          // Xendit takes a reason from its own list; the operator's words stay with us.
          reason: 'REQUESTED_BY_CUSTOMER',
          metadata: { lunas_order_id: payment.orderId },
        },
      }),
    );
    const refund = this.readRefund(raw, payment.reference);
    if (refund.amount !== request.amount) {
      throw new XenditGatewayError(
        `Xendit answered refund ${refund.id} for ${refund.amount}, not ${request.amount}`,
        'invalid_response',
        'unknown',
      );
    }
    return this.outcome(refund);
  }

  /** A refund's state now; `null` when Xendit has no such refund. @throws XenditGatewayError */
  async fetchRefund(payment: XenditPayment, refundId: string): Promise<RefundOutcome | null> {
    let raw: unknown;
    try {
      raw = await this.call(this.options.statusTimeoutMs, ({ refund }) => refund.getRefund({ refundID: refundId }));
    } catch (error) {
      if (error instanceof XenditGatewayError && error.refusal === 'not_found') return null;
      throw error;
    }
    const refund = this.readRefund(raw, payment.reference);
    if (refund.id !== refundId) {
      throw new XenditGatewayError(`Xendit answered refund ${refund.id} when asked for ${refundId}`, 'invalid_response', 'unknown');
    }
    return this.outcome(refund);
  }

  /** Already expired is what a cancel wants; paid (or settled) is a refusal; absent stays not_found. */
  private async explainRefusedExpiry(payment: XenditPayment, refused: XenditGatewayError): Promise<void> {
    const now = await this.fetchStatus(payment);
    if (now === null) throw refused;
    if (!('ignored' in now) && now.status === 'expired') return;
    throw new XenditGatewayError(
      `Xendit would not expire invoice ${payment.reference}: it is ${'ignored' in now ? 'in an unknown state' : now.gatewayStatus}`,
      'rejected',
      'not_allowed',
      refused.gatewayCode,
      refused.httpStatus,
    );
  }

  private call(timeoutMs: number, run: (api: XenditApis) => Promise<unknown>): Promise<unknown> {
    return rawAnswer({ baseUrl: this.baseUrl, secretKey: this.options.secretKey, timeoutMs }, run);
  }

  private readInvoice(raw: unknown, call: string, expected?: XenditPayment): XenditInvoiceAnswer {
    const parsed = parseWith(invoiceAnswerSchema, raw);
    if (!parsed.ok) throw new XenditGatewayError(`Xendit's ${call} answer is malformed: ${parsed.error}`, 'invalid_response', 'unknown');
    const invoice = parsed.value;
    if (expected && (invoice.id !== expected.reference || invoice.external_id !== expected.orderId)) {
      throw new XenditGatewayError(
        `Xendit answered invoice ${invoice.id} of ${invoice.external_id} when asked for ${expected.reference} of ${expected.orderId}`,
        'invalid_response',
        'unknown',
      );
    }
    return invoice;
  }

  private readRefund(raw: unknown, invoiceId: string): XenditRefund {
    const parsed = parseWith(refundAnswerSchema, raw);
    if (!parsed.ok) throw new XenditGatewayError(`Xendit's refund answer is malformed: ${parsed.error}`, 'invalid_response', 'unknown');
    const refund = parsed.value;
    if (refund.invoice_id !== undefined && refund.invoice_id !== invoiceId) {
      throw new XenditGatewayError(
        `Xendit answered refund ${refund.id} of invoice ${refund.invoice_id}, not ${invoiceId}`,
        'invalid_response',
        'unknown',
      );
    }
    return refund;
  }

  private outcome(refund: XenditRefund): RefundOutcome {
    const outcome = refundOutcome(refund);
    // A status word we do not know is not an outcome: the refund may still be paid out.
    if ('ignored' in outcome) throw new XenditGatewayError(`Xendit refund ${refund.id}: ${outcome.reason}`, 'invalid_response', 'unknown');
    return outcome;
  }
}
