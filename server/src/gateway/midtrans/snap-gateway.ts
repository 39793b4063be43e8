// The Midtrans adapter over the official midtrans-client package.
import midtransClient, { type Snap } from 'midtrans-client';
import { GatewayError } from '../../payments/errors.js';
import type { PaymentGateway, SnapRequest, SnapSession } from '../../payments/ports.js';

export interface MidtransGatewayOptions {
  mode: 'simulator' | 'sandbox' | 'production';
  serverKey: string;
  clientKey: string;
  /** Only in simulator mode: where the local simulator listens. */
  simulatorUrl?: string;
  requestTimeoutMs: number;
}

const SANDBOX_SNAP = 'https://app.sandbox.midtrans.com';
const SANDBOX_CORE = 'https://api.sandbox.midtrans.com';

export class MidtransSnapGateway implements PaymentGateway {
  private readonly snap: Snap;

  constructor(options: MidtransGatewayOptions) {
    this.snap = new midtransClient.Snap({
      isProduction: options.mode === 'production',
      serverKey: options.serverKey,
      clientKey: options.clientKey,
    });
    const http = this.snap.httpClient.http_client;
    // midtrans-client sets no timeout by default (reference §1.4); a hung Midtrans
    // must not hang the shopper's checkout.
    http.defaults.timeout = options.requestTimeoutMs;
    if (options.mode === 'simulator') {
      // Point this client's sandbox base URLs at the simulator. An interceptor on this
      // instance rather than reassigning the global ApiConfig statics, so two apps in
      // one process (tests) can't redirect each other, and sandbox/production traffic is
      // never touched.
      const target = (options.simulatorUrl ?? '').replace(/\/$/, '');
      http.interceptors.request.use((request) => {
        if (request.url?.startsWith(SANDBOX_SNAP)) request.url = target + request.url.slice(SANDBOX_SNAP.length);
        else if (request.url?.startsWith(SANDBOX_CORE)) request.url = target + request.url.slice(SANDBOX_CORE.length);
        return request;
      });
    }
  }

  async createSession(request: SnapRequest): Promise<SnapSession> {
    const [firstName, ...rest] = request.customer.name.split(' ');
    try {
      const response = await this.snap.createTransaction({
        transaction_details: { order_id: request.orderId, gross_amount: request.grossAmount },
        // Σ price × quantity equals gross_amount exactly, or Snap answers 400 (reference §2.1).
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
        callbacks: { finish: request.finishUrl },
      });
      return { token: response.token, redirectUrl: response.redirect_url };
    } catch (error) {
      throw toGatewayError(error);
    }
  }
}

// No `cause`: midtrans-client errors carry the axios request, whose auth is the server key.
function toGatewayError(error: unknown): GatewayError {
  const e = error as { message?: string; httpStatusCode?: number | string | null; ApiResponse?: unknown; rawHttpClientData?: { code?: string } };
  const message = e.message ?? String(error);
  if (e.httpStatusCode === null || e.httpStatusCode === undefined) {
    const timedOut = /timeout|ECONNABORTED/i.test(message);
    return new GatewayError(`Midtrans request failed: ${message}`, timedOut ? 'timeout' : 'unreachable');
  }
  const status = Number(e.httpStatusCode);
  return new GatewayError(
    `Midtrans answered ${status}: ${JSON.stringify(e.ApiResponse)}`,
    status >= 500 ? 'server_error' : 'rejected',
  );
}
