// The bench's side of the wire: a shopper's createPayment and subscription, the
// simulator's driver (pay, settle, the signed body) and Midtrans's webhook POST — all
// over real HTTP and real graphql-ws, as a browser and Midtrans would.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { json, request } from './http-client.js';
import { now } from './load.js';

const CREATE_PAYMENT = `mutation BenchCreatePayment($input: CreatePaymentInput!) {
  createPayment(input: $input) { accessToken order { orderId } }
}`;
const STATUS_CHANGED = `subscription BenchOrderStatus($orderId: ID!, $accessToken: String!) {
  orderStatusChanged(orderId: $orderId, accessToken: $accessToken) { status }
}`;

export interface ShopOrder {
  orderId: string;
  accessToken: string;
}

export async function createPayment(apiUrl: string, productId: string): Promise<ShopOrder> {
  const res = await request(
    `${apiUrl}/graphql`,
    'POST',
    JSON.stringify({
      query: CREATE_PAYMENT,
      variables: { input: { items: [{ productId, quantity: 1 }], customer: { name: 'Bench Shopper', email: 'bench@example.com' } } },
    }),
  );
  const result = json<{ data?: { createPayment: { accessToken: string; order: { orderId: string } } }; errors?: unknown[] }>(res);
  if (!result.data) throw new Error(`createPayment: ${res.status} ${JSON.stringify(result.errors)}`);
  return { orderId: result.data.createPayment.order.orderId, accessToken: result.data.createPayment.accessToken };
}

async function driver(simulatorUrl: string, path: string, body?: unknown): Promise<any> {
  const res = await request(
    `${simulatorUrl}/sim/v1${path}`,
    body === undefined ? 'GET' : 'POST',
    body === undefined ? undefined : JSON.stringify(body),
  );
  if (res.status >= 300) throw new Error(`simulator ${path}: ${res.status} ${res.text}`);
  return json(res);
}

/**
 * The shopper pays by BCA virtual account and the bank settles it, both silently
 * ({"notify": false}); returns the signed settlement body Midtrans would POST, for
 * the bench to deliver at its own pace.
 */
export async function settledBody(simulatorUrl: string, orderId: string): Promise<string> {
  await driver(simulatorUrl, `/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca', notify: false });
  await driver(simulatorUrl, `/transactions/${orderId}/settle`, { notify: false });
  return JSON.stringify(await driver(simulatorUrl, `/transactions/${orderId}/notification-body`));
}

export interface WebhookAnswer {
  status: number;
  outcome?: string;
  ms: number;
}

export async function postNotification(apiUrl: string, body: string): Promise<WebhookAnswer> {
  const started = now();
  const res = await request(`${apiUrl}/api/payments/notification`, 'POST', body);
  let answer: { outcome?: string } = {};
  try {
    answer = json(res);
  } catch {
    // not JSON: counted by its status alone
  }
  return { status: res.status, ms: now() - started, ...(answer.outcome ? { outcome: answer.outcome } : {}) };
}

/** One shopper page: one graphql-ws socket, subscribed to its own order. */
export interface Subscriber {
  order: ShopOrder;
  /** When PAID arrived (performance.now()), if it has. */
  paidAt?: number;
  client: Client;
}

/**
 * Opens one socket per order and resolves once each has its order's current state (the
 * subscription is live), a batch at a time. One not live within 30 s is closed and
 * counted in `failed` with how far its socket got.
 */
export async function subscribeAll(apiUrl: string, orders: ShopOrder[], batch = 25): Promise<{ live: Subscriber[]; failed: string[] }> {
  const url = `${apiUrl.replace(/^http/, 'ws')}/graphql`;
  const subscribers: Subscriber[] = [];
  const failed: string[] = [];
  for (let i = 0; i < orders.length; i += batch) {
    const opened = orders.slice(i, i + batch).map(
      (order) =>
        new Promise<Subscriber>((resolve, reject) => {
          let stage = 'connecting';
          const client = createClient({
            url,
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            lazy: true,
            on: {
              opened: () => (stage = 'opened, no ack'),
              connected: () => (stage = 'acknowledged, no data'),
              closed: (event) => (stage = `closed ${(event as { code?: number })?.code ?? ''}`),
            },
          });
          const subscriber: Subscriber = { order, client };
          let live = false;
          const timer = setTimeout(() => {
            void client.dispose();
            reject(new Error(`subscription of ${order.orderId} not live after 30 s (${stage})`));
          }, 30_000);
          client.subscribe<{ orderStatusChanged: { status: string } }>(
            { query: STATUS_CHANGED, variables: { orderId: order.orderId, accessToken: order.accessToken } },
            {
              next: (result) => {
                const status = result.data?.orderStatusChanged.status;
                if (status === 'PAID' && subscriber.paidAt === undefined) subscriber.paidAt = now();
                if (!live) {
                  live = true;
                  clearTimeout(timer);
                  resolve(subscriber);
                }
              },
              error: (error) =>
                reject(
                  new Error(
                    `subscription of ${order.orderId}: ${error instanceof Error ? error.message : JSON.stringify(error)} (${stage})`,
                  ),
                ),
              complete: () => reject(new Error(`subscription of ${order.orderId} completed before any data (${stage})`)),
            },
          );
        }),
    );
    for (const result of await Promise.allSettled(opened)) {
      if (result.status === 'fulfilled') subscribers.push(result.value);
      else failed.push(String((result.reason as Error).message ?? result.reason));
    }
  }
  return { live: subscribers, failed };
}

export async function closeAll(subscribers: Subscriber[]): Promise<void> {
  await Promise.all(subscribers.map((s) => s.client.dispose()));
}

/**
 * An order the API holds from long ago, made known to the simulator as Midtrans would
 * know it: its Snap transaction opened, paid by BCA VA and settled, silently. Returns the
 * transaction id Midtrans gave (the seeded history records it on the order).
 */
export async function settleAtGateway(simulatorUrl: string, serverKey: string, orderId: string, grossAmount: number): Promise<string> {
  const res = await request(
    `${simulatorUrl}/snap/v1/transactions`,
    'POST',
    JSON.stringify({ transaction_details: { order_id: orderId, gross_amount: grossAmount } }),
    { authorization: `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}`, accept: 'application/json' },
  );
  if (res.status !== 201) throw new Error(`Snap ${orderId}: ${res.status} ${res.text}`);
  const body = JSON.parse(await settledBody(simulatorUrl, orderId)) as { transaction_id: string };
  return body.transaction_id;
}

/** Midtrans refunds `amount` of a settled order (silently); returns the signed refund notification. */
export async function refundBody(simulatorUrl: string, orderId: string, amount: number): Promise<string> {
  await driver(simulatorUrl, `/transactions/${orderId}/refund`, { amount, notify: false });
  return JSON.stringify(await driver(simulatorUrl, `/transactions/${orderId}/notification-body`));
}
