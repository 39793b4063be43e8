// The Midtrans adapter over the official midtrans-client package: Snap for checkout,
// the Core API for the status that every change is confirmed with, refunds and cancels.
import midtransClient, { type CoreApi, type HttpClient, type Snap } from 'midtrans-client';
import { GatewayError, type RefusalKind } from '../../payments/errors.js';
import type { PaymentReference } from '../../payments/order.js';
import type { IgnoredEvent, PaymentEvent } from '../../payments/payment-event.js';
import type { CheckoutRequest, CheckoutSession, PaymentGateway, RefundRequest } from '../../payments/ports.js';
import type { MidtransMode } from './mode.js';
import { statusCodeAgrees } from './status-codes.js';
import { toPaymentEvent } from './status-mapping.js';
import { parseWith, rupiah, statusResponseSchema, type MidtransStatus } from './wire.js';

export interface MidtransGatewayOptions {
  mode: MidtransMode;
  serverKey: string;
  clientKey: string;
  /** Only in simulator mode: where the local simulator listens. */
  simulatorUrl?: string;
  /** Snap checkout. */
  requestTimeoutMs: number;
  /** Status, refund and cancel calls; short, so a webhook answers within 5 s (docs/midtrans.md §8). */
  statusTimeoutMs: number;
  /** How long a payment begun in Snap takes money, from the shopper's choice (Snap's `expiry`). */
  snapExpiryMinutes: number;
}

const SANDBOX_SNAP = 'https://app.sandbox.midtrans.com';
const SANDBOX_CORE = 'https://api.sandbox.midtrans.com';

/** Where browsers load snap.js from, per mode (docs/midtrans.md §6). */
export function snapJsUrl(mode: MidtransMode, simulatorPublicUrl: string): string {
  if (mode === 'simulator') return `${simulatorPublicUrl}/snap/snap.js`;
  return mode === 'production' ? 'https://app.midtrans.com/snap/snap.js' : `${SANDBOX_SNAP}/snap/snap.js`;
}

export class MidtransGateway implements PaymentGateway {
  private readonly snap: Snap;
  private readonly core: CoreApi;

  constructor(private readonly options: MidtransGatewayOptions) {
    const client = { isProduction: options.mode === 'production', serverKey: options.serverKey, clientKey: options.clientKey };
    this.snap = new midtransClient.Snap(client);
    this.core = new midtransClient.CoreApi(client);
    configure(this.snap.httpClient, options, options.requestTimeoutMs);
    configure(this.core.httpClient, options, options.statusTimeoutMs);
  }

  /** A Snap session; Midtrans keys everything after it by our order id, so that is the reference. */
  async createSession(request: CheckoutRequest): Promise<CheckoutSession> {
    const [firstName, ...rest] = request.customer.name.split(' ');
    try {
      const response = await this.snap.createTransaction({
        transaction_details: { order_id: request.orderId, gross_amount: request.grossAmount },
        // Σ price × quantity equals gross_amount exactly, or Snap answers 400 (docs/midtrans.md §3).
        item_details: request.items.map((item) => ({
          id: item.productId.slice(0, 50),
          name: item.name.slice(0, 50),
          price: item.price,
          quantity: item.quantity,
        })),
        customer_details: {
          first_name: firstName,
          ...(rest.length ? { last_name: rest.join(' ') } : {}),
          email: request.customer.email,
          ...(request.customer.phone ? { phone: request.customer.phone } : {}),
        },
        credit_card: { secure: true },
        // Snap has one finish page for every outcome; it shows the server's status.
        callbacks: { finish: request.successUrl },
        // Both stated, not left to the dashboard default (docs/midtrans.md §5). With no
        // payment begun, `page_expiry` outranks `expiry`: the token starts no payment
        // after the checkout's hold, so stock returned at the hold's end cannot be paid
        // for afterwards. `expiry` without a start_time counts from the shopper's choice
        // of method, so a VA issued in the hold's last minute still gets its full life.
        page_expiry: { unit: 'minute', duration: Math.max(1, Math.ceil(request.lifetimeSeconds / 60)) },
        expiry: { unit: 'minute', duration: this.options.snapExpiryMinutes },
      });
      return { reference: request.orderId, redirectUrl: response.redirect_url, clientToken: response.token };
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  async fetchStatus({ orderId }: PaymentReference): Promise<PaymentEvent | IgnoredEvent | null> {
    const status = await this.status(orderId);
    return status && toPaymentEvent(status);
  }

  /** The refund of this key in the transaction's own record (GET status `refunds[]`, docs/midtrans.md §4.5). */
  async findRefund({ orderId }: PaymentReference, refundKey: string): Promise<{ amount: number } | null> {
    const status = await this.status(orderId);
    const found = status?.refunds?.find((refund) => refund.refund_key === refundKey);
    return found ? { amount: found.refund_amount ? rupiah(found.refund_amount) : 0 } : null;
  }

  /** GET /v2/{order_id}/status, checked; null when Midtrans has no transaction for the order. */
  private async status(orderId: string): Promise<MidtransStatus | null> {
    let body: unknown;
    try {
      body = await this.core.transaction.status(orderId);
    } catch (error) {
      const failure = toGatewayError(error);
      if (failure.refusal === 'not_found') return null;
      throw failure;
    }
    const parsed = parseWith(statusResponseSchema, body);
    if (!parsed.ok) throw new GatewayError(`Midtrans status answer is malformed: ${parsed.error}`, 'invalid_response');
    const status = parsed.value;
    if (status.order_id !== orderId) {
      throw new GatewayError(`Midtrans answered the status of ${status.order_id} when asked for ${orderId}`, 'invalid_response');
    }
    if (!statusCodeAgrees('status', status.transaction_status, status.status_code)) {
      throw new GatewayError(
        `Midtrans status ${status.transaction_status} came with status_code ${status.status_code}`,
        'invalid_response',
      );
    }
    return status;
  }

  async refund({ orderId }: PaymentReference, request: RefundRequest): Promise<void> {
    let body: Record<string, unknown>;
    try {
      body = await this.core.transaction.refund(orderId, {
        refund_key: request.refundKey,
        amount: request.amount,
        reason: request.reason.slice(0, 255),
      });
    } catch (error) {
      const failure = toGatewayError(error);
      // The same refund_key again: Midtrans already has this refund (docs/midtrans.md §17).
      if (failure.gatewayCode === '406') return;
      throw failure;
    }
    // A bank can decline with a 2xx answer (status_code 202, refund_amount "0.00").
    if (body.status_code !== '200') {
      throw new GatewayError(
        `Midtrans declined the refund: ${String(body.status_message)}`,
        'rejected',
        String(body.status_code),
        'not_allowed',
      );
    }
  }

  async cancel({ orderId }: PaymentReference): Promise<void> {
    try {
      await this.core.transaction.cancel(orderId);
    } catch (error) {
      throw toGatewayError(error);
    }
  }
}

function configure(client: HttpClient, options: MidtransGatewayOptions, timeoutMs: number) {
  const http = client.http_client;
  // midtrans-client sets no timeout by default; a hung Midtrans must not hang us.
  http.defaults.timeout = timeoutMs;
  // Midtrans's API answers where it is asked and never redirects. With redirects off,
  // axios sends through Node's http/https directly instead of wrapping every request in
  // follow-redirects (measured: a tenth of a status call's CPU). Node's global agents keep
  // connections alive, so each status call reuses a socket.
  http.defaults.maxRedirects = 0;
  if (options.mode !== 'simulator') return;
  // Point this client's sandbox base URLs at the simulator. An interceptor on this
  // instance rather than reassigning the global ApiConfig statics, so two apps in one
  // process (tests) can't redirect each other, and real traffic is never touched.
  const target = (options.simulatorUrl ?? '').replace(/\/$/, '');
  http.interceptors.request.use((request) => {
    if (request.url?.startsWith(SANDBOX_SNAP)) request.url = target + request.url.slice(SANDBOX_SNAP.length);
    else if (request.url?.startsWith(SANDBOX_CORE)) request.url = target + request.url.slice(SANDBOX_CORE.length);
    return request;
  });
}

// No `cause`: midtrans-client errors carry the axios request, whose auth is the server key.
function toGatewayError(error: unknown): GatewayError {
  const e = error as { message?: string; httpStatusCode?: number | string | null; ApiResponse?: unknown };
  const message = e.message ?? String(error);
  if (e.httpStatusCode === null || e.httpStatusCode === undefined) {
    const timedOut = /timeout|ECONNABORTED/i.test(message);
    return new GatewayError(`Midtrans request failed: ${message}`, timedOut ? 'timeout' : 'unreachable');
  }
  // midtrans-client reports an error in a 200 body as the body's status_code, a string (docs/midtrans.md §13).
  const bodyCode = (e.ApiResponse as { status_code?: unknown } | undefined)?.status_code;
  const code = typeof bodyCode === 'string' ? bodyCode : String(e.httpStatusCode);
  const status = Number(code);
  return new GatewayError(
    `Midtrans answered ${code}: ${JSON.stringify(e.ApiResponse)?.slice(0, 300)}`,
    status >= 500 ? 'server_error' : 'rejected',
    code,
    status >= 500 ? 'unknown' : (REFUSALS[code] ?? 'invalid_request'),
  );
}

/** Midtrans's refusal codes, in the core's words (docs/midtrans.md §4.5, §13). */
const REFUSALS: Record<string, RefusalKind> = {
  '401': 'misconfigured',
  '402': 'misconfigured',
  '404': 'not_found',
  '406': 'conflict',
  '412': 'not_allowed',
  '414': 'exceeds_amount',
  '429': 'unavailable',
};
