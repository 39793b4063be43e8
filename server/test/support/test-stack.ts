// Builds the real app on port 0 against the run's embedded database (a fresh database
// per stack) and a real Midtrans simulator over HTTP. Always `await stack.stop()`.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createSimulator, type Simulator } from '@lunas/gateway-simulator';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig, SIMULATOR_CLIENT_KEY, SIMULATOR_SERVER_KEY } from '../../src/config.js';
import { MidtransGateway } from '../../src/gateway/midtrans/midtrans-gateway.js';
import { OrderStatusBus } from '../../src/graphql/pubsub.js';
import { RedisPubSub } from '../../src/graphql/redis-pubsub.js';
import { createLogger, type LogLevel } from '../../src/logger.js';
import type { Order } from '../../src/payments/order.js';
import type { CheckoutRequest, Clock, PaymentGateway, StoredOrder } from '../../src/payments/ports.js';
import { connectDatabase, type Database } from '../../src/persistence/database.js';

export const SERVER_KEY = SIMULATOR_SERVER_KEY;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface StackOptions {
  /** Extra env for loadConfig, e.g. MIDTRANS_SIMULATOR_URL of a dead port, REDIS_URL. */
  env?: Record<string, string>;
  /** Share a database with another stack (two server instances). */
  dbName?: string;
  /** Use another stack's simulator (the same Midtrans for two server instances). */
  simulatorOf?: TestStack;
  /** The API's clock (the reconciler's notion of now). */
  clock?: Clock;
  /** Changes a subscription may leave unread before it is dropped (pubsub.ts). */
  maxQueuedChanges?: number;
  /** Orders that may wait to be projected (order-projector.ts). */
  maxPendingProjections?: number;
  /** Follow-up checks after an unknown refund or cancel ([]: none, the reconciler's alone). */
  followUpDelaysMs?: readonly number[];
}

export interface TestStack {
  app: App;
  db: Database;
  url: string;
  graphqlUrl: string;
  simulatorUrl: string;
  simulator: Simulator;
  /** The instance's order bus (publish on it as the payment core does). */
  bus: OrderStatusBus;
  /** Every order change this instance published, in order. */
  published: Order[];
  /** Every Snap request this instance sent to the gateway. */
  snapRequests: CheckoutRequest[];
  /** Every refund, refund look-up and cancel this instance sent to the gateway, in order. */
  moneyCalls: { call: 'refund' | 'findRefund' | 'cancel'; orderId: string }[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  /** The simulator's driver API (`/sim/v1/...`). */
  driver(path: string, body?: unknown, method?: string): Promise<{ status: number; body: any }>;
  wsClient(): Client;
  /** The order's state as the payment core reads it (its newest committed change). */
  orderOf(orderId: string): Promise<StoredOrder>;
  stop(): Promise<void>;
}

export async function startTestStack(options: StackOptions = {}): Promise<TestStack> {
  const uri = process.env.LUNAS_TEST_MONGODB_URI;
  if (!uri) throw new Error('LUNAS_TEST_MONGODB_URI is not set: run through jest (global setup)');
  const db = await connectDatabase(uri, { dbName: options.dbName ?? `lunas_test_${randomBytes(4).toString('hex')}` });

  // The simulator must know the webhook URL before the app listens: reserve a port.
  const apiPort = await freePort();
  const ownSimulator = options.simulatorOf
    ? undefined
    : createSimulator({
        serverKey: SIMULATOR_SERVER_KEY,
        clientKey: SIMULATOR_CLIENT_KEY,
        notificationUrl: `http://127.0.0.1:${apiPort}/api/payments/notification`,
        // Xendit's side of the simulator calls back to our Xendit endpoint (its default token).
        xendit: { callbackUrl: `http://127.0.0.1:${apiPort}/api/payments/xendit/notification` },
        retryTimeScale: 0.0001,
        quiet: true,
      });
  const simulator = ownSimulator ?? options.simulatorOf!.simulator;
  const simulatorUrl = ownSimulator ? (await ownSimulator.start(0, '127.0.0.1')).url : options.simulatorOf!.simulatorUrl;

  const config = loadConfig({
    MIDTRANS_MODE: 'simulator',
    MIDTRANS_SIMULATOR_URL: simulatorUrl,
    XENDIT_SIMULATOR_URL: `${simulatorUrl}/xendit`,
    PORT: String(apiPort),
    MIDTRANS_TIMEOUT_MS: '2000',
    // Tests run the reconciler by hand (app.stack.reconciler.runOnce()).
    RECONCILE_INTERVAL_S: '0',
    ...options.env,
  });
  const published: Order[] = [];
  const bus = new OrderStatusBus(config.redisUrl ? new RedisPubSub(config.redisUrl) : undefined, {
    ...(options.maxQueuedChanges ? { maxQueued: options.maxQueuedChanges } : {}),
  });
  const publish = bus.publish.bind(bus);
  bus.publish = async (order) => {
    published.push(order);
    await publish(order);
  };
  const snapRequests: CheckoutRequest[] = [];
  const moneyCalls: TestStack['moneyCalls'] = [];
  const real = new MidtransGateway(config.midtrans);
  const gateway: PaymentGateway = {
    createSession: (request) => {
      snapRequests.push(request);
      return real.createSession(request);
    },
    fetchStatus: (payment) => real.fetchStatus(payment),
    refund: (payment, request) => (moneyCalls.push({ call: 'refund', orderId: payment.orderId }), real.refund(payment, request)),
    findRefund: (payment, refundKey) => (
      moneyCalls.push({ call: 'findRefund', orderId: payment.orderId }),
      real.findRefund(payment, refundKey)
    ),
    cancel: (payment) => (moneyCalls.push({ call: 'cancel', orderId: payment.orderId }), real.cancel(payment)),
  };
  const logLevel = (process.env.LUNAS_TEST_LOG as LogLevel | undefined) ?? 'silent';
  const app = await buildApp({
    config,
    db,
    logger: createLogger(logLevel),
    bus,
    gateway,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.followUpDelaysMs ? { followUpDelaysMs: options.followUpDelaysMs } : {}),
    ...(options.maxPendingProjections ? { maxPendingProjections: options.maxPendingProjections } : {}),
  });
  const { url } = await app.start(apiPort, '127.0.0.1');
  const graphqlUrl = `${url}/graphql`;
  const clients: Client[] = [];

  return {
    app,
    db,
    url,
    graphqlUrl,
    simulatorUrl,
    simulator,
    bus,
    published,
    snapRequests,
    moneyCalls,
    async gql(query, variables) {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async driver(path, body, method = 'POST') {
      const res = await fetch(`${simulatorUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    async orderOf(orderId) {
      const order = await app.stack.orders.find(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      return order;
    },
    wsClient() {
      const client = createClient({ url: graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.stop();
      await ownSimulator?.stop();
      await db.close();
    },
  };
}

export const CREATE_PAYMENT = /* GraphQL */ `
  mutation CreatePayment($input: CreatePaymentInput!) {
    createPayment(input: $input) {
      snapToken
      redirectUrl
      accessToken
      order {
        orderId
        status
        grossAmount
        items {
          productId
          name
          price
          quantity
        }
      }
    }
  }
`;

/** The same token with its last character changed (always a different token). */
export const tamper = (token: string) => token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');

export const customer = { name: 'Budi Santoso', email: 'budi@example.com', phone: '+628123456789' };

/** Creates a payment through GraphQL and returns what the shop would keep. */
export async function createOrder(stack: TestStack, items = [{ productId: 'kopi-gayo-250g', quantity: 2 }]) {
  const result = await stack.gql(CREATE_PAYMENT, { input: { items, customer } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const payment = result.data.createPayment;
  return {
    orderId: payment.order.orderId as string,
    accessToken: payment.accessToken as string,
    snapToken: payment.snapToken as string,
    payment,
  };
}

/** Polls until `check` passes or the time is up; for effects of asynchronous deliveries. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
