// The burst: N checkouts through GraphQL, each driven in the simulator by its plan, a few
// at a time, while the API and then the database are killed (-9) and restarted.
import type { ApiClient, Product } from './api-client.js';
import { forge, postToWebhook, type Forgery } from './forgeries.js';
import { drawPlan, type Plan, type Step } from './plans.js';
import { Random } from './random.js';
import type { Stack } from './services.js';
import type { SimulatorClient } from './simulator-client.js';

export interface OrderRun {
  index: number;
  plan: Plan;
  /** Wall time the checkout was sent. */
  startedAt: number;
  orderId?: string;
  accessToken?: string;
  grossAmount?: number;
  /** Set when createPayment refused or failed. */
  refused?: { code: string; message: string; at: number };
  steps: string[];
  forgeries: (Forgery & { got: number | 'network' })[];
}

/** A span in which a process was down (killed until healthy again). */
export interface Outage {
  what: 'api' | 'database';
  from: number;
  to: number;
}

export interface BurstDeps {
  stack: Stack;
  api: ApiClient;
  simulator: SimulatorClient;
  random: Random;
  products: Product[];
  payments: number;
  concurrency: number;
  runTag: string;
  /** How long the database stays dead before it is started again. */
  dbDownMs: number;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DB_KILL_AFTER_API_MS = 2_000;

/**
 * createPayment waits here while the API is being killed, so no checkout is lost in
 * flight with an answer nobody can read (its order would be unknown to the run). The
 * notifications, driver moves and forged bodies go on regardless: they are the point.
 */
class CheckoutGate {
  private closed: Promise<void> | undefined;
  private reopen: (() => void) | undefined;
  private inFlight = 0;

  async enter(): Promise<void> {
    while (this.closed) await this.closed;
    this.inFlight++;
  }

  leave(): void {
    this.inFlight--;
  }

  async close(timeoutMs: number): Promise<void> {
    this.closed = new Promise((resolve) => (this.reopen = resolve));
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight > 0 && Date.now() < deadline) await sleep(20);
  }

  open(): void {
    this.closed = undefined;
    this.reopen?.();
  }
}

export async function runBurst(deps: BurstDeps): Promise<{ orders: OrderRun[]; outages: Outage[] }> {
  const { random, payments } = deps;
  // Plans are drawn up front, in index order, so a seed always names the same plans.
  const orders: OrderRun[] = Array.from({ length: payments }, (_, index) => ({
    index,
    plan: drawPlan(random, deps.products),
    startedAt: 0,
    steps: [],
    forgeries: [],
  }));
  const seeds = orders.map(() => Math.floor(random.next() * 2 ** 32));
  const outages: Outage[] = [];
  const gate = new CheckoutGate();
  const killApiAt = Math.max(1, Math.floor(payments * 0.3));
  const crashes: Promise<void>[] = [];

  let next = 0;
  let started = 0;
  const worker = async () => {
    for (let i = next++; i < payments; i = next++) {
      started++;
      if (started === killApiAt) {
        // The database dies 2 s after the API is back: while the restarted API warms up
        // and runs its first reconciler pass, the moment that has hung the core before.
        crashes.push(
          crashApi(deps, gate, outages)
            .then(() => sleep(DB_KILL_AFTER_API_MS))
            .then(() => crashDb(deps, outages)),
        );
      }
      await driveOrder(deps, gate, orders[i]!, seeds[i]!);
    }
  };
  await Promise.all(Array.from({ length: deps.concurrency }, worker));
  await Promise.all(crashes);
  return { orders, outages };
}

async function crashApi(deps: BurstDeps, gate: CheckoutGate, outages: Outage[]): Promise<void> {
  await gate.close(15_000);
  const from = Date.now();
  try {
    await deps.stack.api!.kill9();
    deps.log(`kill -9 API (pid group); restarting on the same port`);
    await deps.stack.api!.start();
    outages.push({ what: 'api', from, to: Date.now() });
    deps.log(`API back after ${Date.now() - from} ms`);
  } finally {
    // Even when the restart failed: the workers must not wait forever (the run then aborts).
    gate.open();
  }
}

async function crashDb(deps: BurstDeps, outages: Outage[]): Promise<void> {
  const from = Date.now();
  await deps.stack.killDb();
  deps.log(`kill -9 FerretDB; down for ${deps.dbDownMs} ms`);
  await sleep(deps.dbDownMs);
  await deps.stack.restartDb();
  // The API must reconnect by itself; its health check says when it has.
  await deps.stack.waitApiHealthy(60_000);
  outages.push({ what: 'database', from, to: Date.now() });
  deps.log(`FerretDB back, API reconnected after ${Date.now() - from} ms`);
}

async function driveOrder(deps: BurstDeps, gate: CheckoutGate, order: OrderRun, seed: number): Promise<void> {
  const { api, simulator } = deps;
  // Its own random source: what this order does must not depend on how the others interleave.
  const random = new Random(seed);
  // Names take letters only; the email ties a stored order back to its checkout.
  const customer = { name: 'Chaos Shopper', email: `chaos-${deps.runTag}-${order.index}@example.com` };

  await gate.enter();
  order.startedAt = Date.now();
  const checkout = await api.createPayment(order.plan.cart, customer).finally(() => gate.leave());
  if (!checkout.ok) {
    order.refused = { code: checkout.code, message: checkout.message, at: Date.now() };
    return;
  }
  const { orderId, grossAmount: gross } = checkout;
  order.orderId = orderId;
  order.accessToken = checkout.accessToken;
  order.grossAmount = gross;
  const id = encodeURIComponent(orderId);
  if (order.plan.chaos) await simulator.setChaos(orderId, order.plan.chaos);

  let refunded = 0;
  for (const step of order.plan.steps) {
    await sleep(random.int(0, 120));
    order.steps.push(`${describe(step)} → ${await perform(step)}`);
  }

  async function perform(step: Step): Promise<string> {
    switch (step.do) {
      case 'pay': {
        const body = step.method === 'card' ? { method: 'card', card_number: step.card } : { method: step.method };
        return answerOf(await simulator.driver('POST', `/transactions/${id}/pay`, body));
      }
      case 'settle':
      case 'expire':
      case 'cancel':
      case 'deny':
        return answerOf(await simulator.driver('POST', `/transactions/${id}/${step.do}`));
      case 'refund': {
        const amount =
          step.amount === 'full'
            ? undefined
            : step.amount === 'rest'
              ? gross - refunded
              : Math.max(1_000, Math.floor(((gross - refunded) * random.int(10, 60)) / 100));
        const answer = await simulator.driver('POST', `/transactions/${id}/refund`, {
          ...(amount === undefined ? {} : { amount }),
          refund_key: `chaos-${order.index}-${refunded}`,
        });
        if (answer.status === 200) refunded += amount ?? gross - refunded;
        return `${amount ?? 'all'}: ${answerOf(answer)}`;
      }
      case 'resend':
        return answerOf(
          await simulator.driver('POST', `/transactions/${id}/notifications/resend`, { times: step.times, concurrent: true }),
        );
      case 'forge': {
        const signed = await simulator.notificationBody(orderId);
        const forgery = forge(step.kind, signed, orderId, gross, random);
        const got = await postToWebhook(deps.stack.apiUrl, forgery.body);
        order.forgeries.push({ ...forgery, got });
        return `${forgery.kind} (${forgery.what}): HTTP ${got}`;
      }
    }
  }
}

function describe(step: Step): string {
  switch (step.do) {
    case 'pay':
      return `pay ${step.method}${step.card ? ` ${step.card}` : ''}`;
    case 'refund':
      return `refund ${step.amount}`;
    case 'resend':
      return `resend ×${step.times}`;
    case 'forge':
      return `forge ${step.kind}`;
    default:
      return step.do;
  }
}

function answerOf(answer: { status: number; body: unknown }): string {
  if (answer.status === 200) {
    const body = answer.body as { transaction_status?: string };
    return body.transaction_status ?? 'ok';
  }
  const error = (answer.body as { error?: { code?: string } })?.error;
  return `${answer.status} ${error?.code ?? ''}`.trim();
}
