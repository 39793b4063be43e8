// The verdicts: one check per order (the API's order against Midtrans's final truth)
// and the global ones (stock, every delivery logged, webhook answers, forged bodies).
import { createHash } from 'node:crypto';
import type { ApiClient, ApiOrder, Product } from './api-client.js';
import type { OrderRun, Outage } from './burst.js';
import type { Delivery, MidtransStatus, SimulatorClient } from './simulator-client.js';
import { expectedFrom } from './truth.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  orderId?: string;
}

/** What the order looked like on both sides when last compared. */
export interface Observed {
  truth?: MidtransStatus;
  api?: ApiOrder;
}

const HOLDS_STOCK = new Set(['PENDING', 'PAID', 'PARTIALLY_REFUNDED']);

/** Refusals within this long after an outage ended are the outage's. */
const OUTAGE_GRACE_MS = 5_000;
/** The reconciler runs every 2 s (±20 %): a lapsed Snap token is acted on within this. */
export const LAPSE_GRACE_MS = 10_000;

async function pool<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!);
    }),
  );
  return out;
}

export async function checkOrders(
  orders: OrderRun[],
  deps: { api: ApiClient; simulator: SimulatorClient; outages: Outage[]; snapExpiryMs?: number; observed: Map<number, Observed> },
): Promise<Check[]> {
  return pool(orders, 8, (order) => checkOrder(order, deps));
}

async function checkOrder(
  order: OrderRun,
  deps: { api: ApiClient; simulator: SimulatorClient; outages: Outage[]; snapExpiryMs?: number; observed: Map<number, Observed> },
): Promise<Check> {
  const name = `order #${order.index} ${order.plan.name}`;
  if (order.refused) {
    const { code, at } = order.refused;
    const outage = deps.outages.find((o) => at >= o.from && at <= o.to + OUTAGE_GRACE_MS);
    if (code !== 'OUT_OF_STOCK' && outage) return { name, ok: true, detail: `checkout refused while the ${outage.what} was down: ${code}` };
    if (order.plan.name === 'sold_out') {
      return { name, ok: code === 'OUT_OF_STOCK', detail: `checkout with a sold-out product: ${code} (want OUT_OF_STOCK)` };
    }
    if (code === 'OUT_OF_STOCK') return { name, ok: true, detail: 'checkout refused: OUT_OF_STOCK' };
    const time = (ms: number) => new Date(ms).toISOString().slice(11, 23);
    return {
      name,
      ok: false,
      detail: `checkout sent ${time(order.startedAt)} failed ${time(at)}, outside any outage: ${code} ${order.refused.message}`,
    };
  }
  const orderId = order.orderId!;
  if (order.plan.name === 'sold_out') return { name, orderId, ok: false, detail: 'a cart with a sold-out product was accepted' };

  let truth: MidtransStatus;
  let api: ApiOrder;
  try {
    [truth, api] = await Promise.all([deps.simulator.status(orderId), deps.api.order(orderId, order.accessToken!)]);
  } catch (error) {
    return { name, orderId, ok: false, detail: `could not read the order: ${String(error)}` };
  }
  deps.observed.set(order.index, { truth, api });

  const now = Date.now();
  const lapseAt = deps.snapExpiryMs === undefined ? Infinity : order.startedAt + deps.snapExpiryMs;
  const expected = expectedFrom(truth, order.grossAmount!, now > lapseAt);
  // Just around the lapse either answer is right: the reconciler has not had its pass yet.
  if (truth.status_code === '404' && Math.abs(now - lapseAt) < LAPSE_GRACE_MS) expected.statuses = ['PENDING', 'EXPIRED'];

  const problems: string[] = [];
  if (!expected.statuses.includes(api.status)) problems.push(`status ${api.status}, want ${expected.statuses.join(' or ')}`);
  if (expected.refundedAmount !== undefined && api.refundedAmount !== expected.refundedAmount) {
    problems.push(`refundedAmount ${api.refundedAmount}, want ${expected.refundedAmount}`);
  }
  if (truth.transaction_id && api.transactionId !== truth.transaction_id) {
    problems.push(`transactionId ${api.transactionId}, want ${truth.transaction_id}`);
  }
  if (api.grossAmount !== order.grossAmount) problems.push(`grossAmount ${api.grossAmount}, want ${order.grossAmount}`);
  const detail = `Midtrans ${expected.truth} → API ${api.status}${api.refundedAmount ? ` (refunded ${api.refundedAmount})` : ''}`;
  return { name, orderId, ok: problems.length === 0, detail: problems.length ? `${detail}: ${problems.join('; ')}` : detail };
}

/** For each product: catalog stock − units of orders that hold stock = the API's stock, never below 0. */
export function checkStock(initial: Product[], final: Product[], observed: Map<number, Observed>): Check {
  const held = new Map<string, number>();
  for (const { api } of observed.values()) {
    if (!api || !HOLDS_STOCK.has(api.status)) continue;
    for (const item of api.items) held.set(item.productId, (held.get(item.productId) ?? 0) + item.quantity);
  }
  const problems: string[] = [];
  const lines: string[] = [];
  for (const product of initial) {
    const now = final.find((p) => p.id === product.id)?.stock;
    const want = product.stock - (held.get(product.id) ?? 0);
    lines.push(`${product.id} ${now}`);
    if (now === undefined || now !== want || now < 0)
      problems.push(`${product.id}: API says ${now}, want ${product.stock} − ${held.get(product.id) ?? 0} = ${want}`);
  }
  return {
    name: 'stock exact and never negative',
    ok: problems.length === 0,
    detail: problems.length ? problems.join('; ') : lines.join(', '),
  };
}

const bodyHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/** Every delivery the API answered 2xx is in payment_notifications (counted by body hash). */
export function checkDeliveriesLogged(deliveries: Delivery[], loggedHashes: string[]): Check {
  const logged = new Map<string, number>();
  for (const hash of loggedHashes) logged.set(hash, (logged.get(hash) ?? 0) + 1);
  // Retries and copies of one notification share a body, so shortfalls are per body; the
  // times listed are when each copy was answered 2xx (the missing ones are among them).
  const answered = new Map<string, { orderId: string; status: string; at: string[] }>();
  for (const d of deliveries) {
    if (d.result !== 'delivered') continue;
    const hash = bodyHash(d.request_body);
    const seen = answered.get(hash) ?? { orderId: d.order_id, status: d.transaction_status, at: [] };
    seen.at.push(new Date(Date.parse(d.sent_at) + d.latency_ms).toISOString().slice(11, 23));
    answered.set(hash, seen);
  }
  const missing: string[] = [];
  let total = 0;
  for (const [hash, seen] of answered) {
    total += seen.at.length;
    const short = seen.at.length - (logged.get(hash) ?? 0);
    if (short > 0)
      missing.push(`${seen.orderId} ${seen.status} ${short} of ${seen.at.length} (answered at ${seen.at.sort().slice(-8).join(' ')})`);
  }
  return {
    name: 'every 2xx delivery is in payment_notifications',
    ok: missing.length === 0,
    detail: missing.length
      ? `missing: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` … (${missing.length})` : ''}`
      : `${total} answered 2xx, all logged`,
  };
}

/** Midtrans retries a 503 four times but a 500 once: our own failures must be 503. */
export function checkAnswers(deliveries: Delivery[]): Check[] {
  const errors = deliveries.filter((d) => d.response_status !== null && d.response_status >= 500 && d.response_status !== 503);
  const slow = deliveries.filter((d) => (d.response_status !== null && d.latency_ms > 5_000) || d.result === 'timeout');
  const list = (ds: Delivery[]) =>
    ds
      .slice(0, 10)
      .map((d) => `${d.order_id} ${d.transaction_status} ${d.response_status ?? d.result} ${d.latency_ms} ms`)
      .join(', ');
  const slowest = Math.max(0, ...deliveries.filter((d) => d.response_status !== null).map((d) => d.latency_ms));
  return [
    { name: 'webhook failures answered 503, never another 5xx', ok: errors.length === 0, detail: errors.length ? list(errors) : 'none' },
    {
      name: 'webhook answered every delivery within 5 s',
      ok: slow.length === 0,
      detail: slow.length ? list(slow) : `slowest ${slowest} ms`,
    },
  ];
}

export function checkForgeries(orders: OrderRun[]): Check {
  const all = orders.flatMap((o) => o.forgeries.map((f) => ({ ...f, orderId: o.orderId })));
  const wrong = all.filter((f) => f.got !== f.expected && f.got !== 503 && f.got !== 'network');
  const unsure = all.filter((f) => f.got === 503 || f.got === 'network').length;
  return {
    name: 'forged bodies answered as they should (400 type-confused, 401 bad signature, 200 without effect)',
    ok: wrong.length === 0,
    detail: wrong.length
      ? wrong.map((f) => `${f.orderId} ${f.kind} (${f.what}): HTTP ${f.got}, want ${f.expected}`).join('; ')
      : `${all.length} sent, ${unsure} met an outage (503 / no answer)`,
  };
}
