// Applies what the gateway says to orders, exactly once, with every effect completed.
//
// A change is committed by one insert (the repository's unique (order, version) key);
// its effects follow: the event to subscribers, stock moves, anomalies, the projection.
// A crash can fall between any two of these, so:
//   - every effect is idempotent (stock moves and anomalies have derived ids, and
//     subscribers drop versions they have seen), so running them again is safe;
//   - a change's effects are recorded as done last, and before the next change of the
//     same order is committed, the previous one's effects are finished first. So at
//     most the newest change of an order can have effects left, and whoever touches the
//     order next (a delivery, the reconciler) completes them.
import type { PaymentAnomaly } from './anomaly.js';
import { TransientError } from './errors.js';
import { CLOSED_STATUSES, type Order } from './order.js';
import { isIgnored, type IgnoredEvent, type PaymentEvent } from './payment-event.js';
import {
  withoutAccessToken,
  type AnomalyLog,
  type Clock,
  type Logger,
  type OpenOrders,
  type OrderEffects,
  type OrderEvents,
  type OrderProjection,
  type OrderRepository,
  type StockLedger,
  type StoredOrder,
} from './ports.js';
import { holdsStock, stockMoveId } from './stock-policy.js';
import { readRefund, secondPayment } from './gateway-oddities.js';
import { transition } from './transitions.js';

export type ApplyOutcome =
  | { outcome: 'changed'; order: Order; reason: string }
  | { outcome: 'unchanged'; order: Order; reason: string }
  | { outcome: 'rejected'; order: Order; reason: string }
  | { outcome: 'unknown_order' };

/** Time spent announcing, added up per call (the webhook reports it apart from the database's). */
export interface ApplyTimings {
  publishMs: number;
}

export interface ClaimOptions {
  timings?: ApplyTimings;
  /** The delivery's log write: awaited before anything is done about the claim. */
  logged?: Promise<unknown>;
}

/** The gateway's answer, fetched only when needed. `null`: it has no transaction. */
/** Asks the order's gateway about its payment (the order says which gateway and reference). */
export type FetchTruth = (order: Order) => Promise<PaymentEvent | IgnoredEvent | null>;

export interface OrderChangeDeps {
  orders: OrderRepository;
  stock: StockLedger;
  openOrders: OpenOrders;
  anomalies: AnomalyLog;
  events: OrderEvents;
  projection: OrderProjection;
  clock: Clock;
  logger: Logger;
  /**
   * A change whose effects are not recorded after this long was left by a writer that
   * died; younger ones may still be in the hands of a live writer (another instance).
   */
  stuckAfterMs?: number;
}

/** Enough for any realistic burst; each lost race re-reads the order. */
const MAX_ATTEMPTS = 25;

export class OrderChangeService {
  /**
   * Per-order queue inside this process. Not what makes changes exactly-once (the
   * repository's unique key does, across processes); it spares duplicates arriving
   * together from racing to a conflict, and keeps effects of one order in order.
   */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly stuckAfterMs: number;
  /** Changes whose effects this process completed for a writer that died (metrics, reconciler). */
  leftoversFinished = 0;

  constructor(private readonly deps: OrderChangeDeps) {
    this.stuckAfterMs = deps.stuckAfterMs ?? 5_000;
  }

  /**
   * A notification's claim. The body of a notification is not the truth (its signature
   * covers only order_id, status_code and gross_amount), so a claim that would change
   * nothing is answered from what we have; any other is checked with the gateway, and
   * only the gateway's answer is applied.
   */
  applyClaim(orderId: string, claim: PaymentEvent, fetchTruth: FetchTruth, options: ClaimOptions = {}): Promise<ApplyOutcome> {
    return this.serialize(orderId, async () => {
      // A duplicate (most notifications are) is decided from the state this process
      // last saw (with its effects known done), without a database read. That state
      // is current unless another instance changed the order since; then it is behind,
      // and a claim that changes nothing at an older state is, but for rare cases (a
      // second attempt's denial racing its own pending), stale at the newer one too; the
      // reconciler asks Midtrans about any order left open. Re-announcing a version
      // subscribers have seen is harmless. Anything else reads the database.
      const recalled = this.deps.orders.recall(orderId);
      const quick = recalled && transition(stateOf(recalled), claim);
      if (recalled && quick && quick.kind === 'unchanged') {
        await options.logged;
        await this.publish(recalled, options.timings);
        return { outcome: 'unchanged', order: withoutAccessToken(recalled), reason: quick.reason };
      }
      const order = await this.load(orderId);
      const decision = order && transition(stateOf(order), claim);
      // Reading is not acting: the caller's log write runs alongside the read and the
      // question to the gateway (on the embedded database the write is most of the
      // wait), and nothing below changes anything before it is stored.
      const truth = order && decision?.kind !== 'unchanged' ? fetchTruth(withoutAccessToken(order)) : undefined;
      truth?.catch(() => undefined); // awaited below, unless the log write fails first
      await options.logged;
      if (!order || !decision) return { outcome: 'unknown_order' };
      if (decision.kind === 'unchanged') {
        // Re-announce the current state: if an earlier publish failed, this heals the page.
        await this.publish(order, options.timings);
        return { outcome: 'unchanged', order: withoutAccessToken(order), reason: decision.reason };
      }
      const opened = this.open(order);
      return this.applyTruthTo(order, await truth!, options.timings, opened);
    });
  }

  /** Asks the gateway now and applies its answer (reconciler, operator). */
  reconcile(orderId: string, fetchTruth: FetchTruth, ifNoTransaction?: (order: Order) => PaymentEvent | null): Promise<ApplyOutcome> {
    return this.serialize(orderId, async () => {
      const order = await this.load(orderId);
      if (!order) return { outcome: 'unknown_order' };
      const truth = await fetchTruth(withoutAccessToken(order));
      const event = truth ?? ifNoTransaction?.(withoutAccessToken(order)) ?? null;
      return this.applyTruthTo(order, event);
    });
  }

  /** Completes a change left half-done by a writer that died (reconciler). */
  finishLeftovers(orderId: string): Promise<StoredOrder | null> {
    return this.serialize(orderId, () => this.load(orderId));
  }

  private async applyTruthTo(
    first: StoredOrder,
    truth: PaymentEvent | IgnoredEvent | null,
    timings?: ApplyTimings,
    opened?: Promise<void>,
  ): Promise<ApplyOutcome> {
    let order = first;
    if (truth === null) {
      return { outcome: 'rejected', order: withoutAccessToken(order), reason: 'the gateway has no transaction for this order' };
    }
    if (isIgnored(truth)) return { outcome: 'unchanged', order: withoutAccessToken(order), reason: truth.reason };

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const refused = await this.refuseInconsistent(order, truth);
      if (refused) return refused;
      const reading = readRefund(order, truth);
      if (reading.oddity) await this.anomaly(order, reading.oddity.kind, truth, reading.oddity.details);
      if ('refused' in reading) return { outcome: 'rejected', order: withoutAccessToken(order), reason: reading.refused };
      const event = reading.event;

      const decision = transition(stateOf(order), event);
      if (decision.kind === 'rejected') {
        if (event.status === 'paid' && (order.status === 'expired' || order.status === 'cancelled')) {
          await this.anomaly(order, 'paid_while_closed', event, { orderStatus: order.status, gatewayStatus: event.gatewayStatus });
        }
        const twice = secondPayment(order, event);
        if (twice) await this.anomaly(order, twice.kind, event, twice.details);
        return { outcome: 'rejected', order: withoutAccessToken(order), reason: decision.reason };
      }
      if (decision.kind === 'unchanged') {
        await this.publish(order, timings);
        return { outcome: 'unchanged', order: withoutAccessToken(order), reason: decision.reason };
      }

      const at = this.deps.clock.now();
      const sameAttempt = event.transactionId !== undefined && event.transactionId === order.transactionId;
      const change = {
        fromVersion: order.version,
        status: decision.to,
        transactionId: event.transactionId ?? order.transactionId,
        paymentType: event.paymentType ?? order.paymentType,
        // Instructions belong to one attempt: a new attempt replaces them.
        instructions: event.instructions ?? (sameAttempt ? order.instructions : undefined),
        refundedAmount: event.refundedAmount ?? order.refundedAmount,
        at,
        source: event.gatewayStatus,
      };
      // In the working set before the commit, so a crash right after it is found.
      await (attempt === 1 && opened ? opened : this.open(order));
      if (await this.deps.orders.commit(order.orderId, change)) {
        const { fromVersion: _from, at: _at, source: _source, ...state } = change;
        const updated: StoredOrder = { ...order, ...state, version: order.version + 1, updatedAt: at };
        await this.completeEffects(updated, order, undefined, timings);
        return { outcome: 'changed', order: withoutAccessToken(updated), reason: decision.reason };
      }
      // Another writer (another instance) committed this version first: what this
      // process knew was behind, so the database is asked.
      this.deps.logger.info('order changed under us; re-reading', { orderId: order.orderId, attempt });
      const reread = await this.load(order.orderId, { fresh: true });
      if (!reread) throw new Error(`order ${order.orderId} vanished`);
      order = reread;
    }
    throw new TransientError(`order ${order.orderId} kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  /** Amounts the gateway reports that cannot belong to this order are never applied. */
  private async refuseInconsistent(order: StoredOrder, event: PaymentEvent): Promise<ApplyOutcome | null> {
    const current = withoutAccessToken(order);
    if (event.currency !== undefined && event.currency !== 'IDR') {
      await this.anomaly(order, 'amount_mismatch', event, { currency: event.currency });
      return { outcome: 'rejected', order: current, reason: `currency ${event.currency} is not IDR` };
    }
    if (event.grossAmount !== order.grossAmount) {
      // Paying Rp 1 must not settle a Rp 1,000,000 order.
      await this.anomaly(order, 'amount_mismatch', event, { gatewayAmount: event.grossAmount, orderAmount: order.grossAmount });
      return { outcome: 'rejected', order: current, reason: `gross_amount ${event.grossAmount} ≠ order ${order.grossAmount}` };
    }
    if ((event.refundedAmount ?? 0) > order.grossAmount) {
      await this.anomaly(order, 'refund_exceeds_payment', event, { refunded: event.refundedAmount, paid: order.grossAmount });
      return { outcome: 'rejected', order: current, reason: `refund ${event.refundedAmount} exceeds the payment ${order.grossAmount}` };
    }
    return null;
  }

  /**
   * Reads the order and finishes whatever its newest change left undone. A change
   * younger than stuckAfterMs without its effects is probably in a live writer's hands
   * (another instance): wait for it briefly, then let the caller retry later.
   */
  private async load(orderId: string, options: { fresh?: boolean } = {}): Promise<StoredOrder | null> {
    const order = await this.deps.orders.find(orderId, options);
    if (!order || order.version === 0) return order;
    if (await this.deps.orders.effectsOf(orderId, order.version)) return order;
    const deadline = Date.now() + 1_000;
    while (this.deps.clock.now().getTime() - order.updatedAt.getTime() < this.stuckAfterMs) {
      if (Date.now() > deadline) throw new TransientError(`order ${orderId} is being changed by another writer`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (await this.deps.orders.effectsOf(orderId, order.version)) return order;
    }
    this.deps.logger.warn('finishing the effects of a change left half-done', { orderId, version: order.version });
    this.leftoversFinished++;
    const previous = await this.deps.orders.effectsOf(orderId, order.version - 1);
    await this.completeEffects(order, null, previous);
    return order;
  }

  /**
   * The effects of the change that made `order`: announce, move stock, record
   * anomalies, project; then record them as done. Each step is safe to repeat.
   */
  private async completeEffects(
    order: StoredOrder,
    before: StoredOrder | null,
    knownPrevious?: OrderEffects | null,
    timings?: ApplyTimings,
  ): Promise<void> {
    // Announce first: the shopper's page is waiting on it. A failed publish does not
    // stop the other effects; it makes the caller answer "try again" (503) so the
    // retry re-announces.
    let publishError: unknown;
    await this.publish(order, timings).catch((error: unknown) => (publishError = error));

    const previous = knownPrevious ?? (await this.deps.orders.effectsOf(order.orderId, order.version - 1));
    const wasHeld = previous?.held ?? Object.fromEntries(order.items.map((i) => [i.productId, before ? holdsStock(before.status) : true]));
    const want = holdsStock(order.status);
    const held: Record<string, boolean> = {};
    await Promise.all(
      order.items.map(async (item) => {
        const had = wasHeld[item.productId] ?? false;
        const moveId = stockMoveId(order.orderId, order.version, item.productId);
        if (want && !had) {
          const result = await this.deps.stock.move(item.productId, moveId, -item.quantity);
          held[item.productId] = result !== 'insufficient';
        } else if (!want && had) {
          await this.deps.stock.move(item.productId, moveId, item.quantity);
          held[item.productId] = false;
        } else {
          held[item.productId] = had;
        }
      }),
    );
    const short = order.items.filter((item) => !held[item.productId]);
    if ((order.status === 'paid' || order.status === 'partially_refunded') && short.length > 0) {
      await this.anomaly(order, 'oversold', undefined, {
        version: order.version,
        products: short.map((item) => ({ productId: item.productId, quantity: item.quantity })),
      });
    }
    await this.deps.orders.recordEffects(order.orderId, order.version, { held });
    this.deps.projection.changed(withoutAccessToken(order));
    if (publishError) throw new TransientError(`could not announce ${order.orderId} v${order.version}: ${String(publishError)}`);
  }

  /** Puts the order in the working set of open orders (idempotent). */
  private open(order: StoredOrder): Promise<void> {
    const opened = this.deps.openOrders.open({ orderId: order.orderId, openedAt: order.createdAt, items: order.items });
    opened.catch(() => undefined); // awaited before the commit; not an unhandled rejection meanwhile
    return opened;
  }

  private async publish(order: StoredOrder, timings?: ApplyTimings): Promise<void> {
    const started = performance.now();
    try {
      await this.deps.events.publish(withoutAccessToken(order));
    } finally {
      if (timings) timings.publishMs += performance.now() - started;
    }
  }

  private async anomaly(
    order: StoredOrder,
    kind: PaymentAnomaly['kind'],
    event: PaymentEvent | undefined,
    details: Record<string, unknown>,
  ) {
    const attempt = event?.transactionId ?? `v${order.version}`;
    const anomaly: PaymentAnomaly = {
      id: `${order.orderId}:${attempt}:${kind}`,
      orderId: order.orderId,
      kind,
      details,
      at: this.deps.clock.now(),
    };
    this.deps.logger.error('payment anomaly', { orderId: order.orderId, kind, ...details });
    await this.deps.anomalies.record(anomaly);
  }

  private serialize<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }
}

function stateOf(order: Order) {
  return { status: order.status, transactionId: order.transactionId, refundedAmount: order.refundedAmount };
}

/** Whether an order can still change without news from the gateway. */
export function isClosed(order: Order, now: Date): boolean {
  return CLOSED_STATUSES.has(order.status) || (order.status === 'failed' && now > order.holdEndsAt);
}
