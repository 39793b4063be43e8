// Keeps `orders.payment_status` and `payment_gateway_transaction_id` (the assignment's
// columns) in step with each order's newest change, off the hot path. Its writes are
// updates by `_id`: on MongoDB a millisecond; on the embedded FerretDB they used to scan
// the orders collection while holding SQLite's only writer (about a second at 20,000
// orders, past the 4 s deadline near 80,000), and now use the index the wrapper adds
// (tools/ferretdb/id_index.go): about a millisecond at 200,000 documents too. Its
// manners stay, for a database that is slow for another reason: it writes one order at
// a time, the newest state only, and rests nine times as long as each write took, so it
// never takes more than a tenth of the writer (a cap of 100 a second binds first when
// writes are fast); after a write long enough to be felt, the next one waits for a quiet
// moment, when this process has written nothing for a fifth of a second, or at most a
// minute. Nothing on the hot path reads the projection.
// What waits is bounded: at most MAX_PENDING orders, each held as the few fields it
// writes, not the whole order. An order past the bound is not queued (counted in
// `dropped`): it is still in open_orders, and the reconciler projects every open order
// it checks, so the projection catches up, later.
// Once a final order is projected, it leaves the working set of open orders (a paid one
// stays a while longer: the reconciler still asks Midtrans about refunds and voids).
import type { Order } from '../payments/order.js';
import type { Logger, OrderProjection } from '../payments/ports.js';
import type { Collections, DatabaseActivity } from './database.js';
import type { MongoOpenOrders } from './open-orders.js';

/** Statuses Midtrans cannot move on from. */
const FINAL = new Set<Order['status']>(['expired', 'cancelled', 'refunded']);
/** Rest after each write, as a multiple of the write's time: at most 1/(1+REST) of the writer. */
const REST = 9;
/** A write this long holds the writer long enough for the hot path to feel it. */
const FELT_MS = 25;
/** A quiet moment: no write in flight, none answered for this long. */
const QUIET_MS = 200;
/** The longest a write waits for a quiet moment. */
const MAX_WAIT_MS = 60_000;
/**
 * The projector's own pace when writes are fast: twice the steady 50 changes a second that
 * issue 19 asks it to keep up with, so a burst drains instead of only holding level (at a
 * millisecond a write, REST binds at about the same rate: a tenth of the writer).
 */
const MAX_WRITES_PER_SECOND = 100;
/**
 * Orders waiting to be projected, at about 200 bytes each: 50,000 are about 10 MB, and
 * at 100 writes a second, about eight minutes of work.
 */
export const MAX_PENDING = 50_000;

/** What the projection writes of an order: all that waits in memory. */
type Projected = Pick<Order, 'status' | 'transactionId' | 'paymentType' | 'refundedAmount' | 'version' | 'updatedAt'>;

const projected = (order: Order): Projected => ({
  status: order.status,
  transactionId: order.transactionId,
  paymentType: order.paymentType,
  refundedAmount: order.refundedAmount,
  version: order.version,
  updatedAt: order.updatedAt,
});

export class MongoOrderProjector implements OrderProjection {
  private readonly pending = new Map<string, { order: Projected; since: number }>();
  /** Orders not queued because MAX_PENDING waited already (left to the reconciler). */
  dropped = 0;
  /**
   * The last write took FELT_MS or more: the next waits for a quiet moment. Assumed at
   * first, until a write shows what this database's updates cost.
   */
  private slow = true;
  private running: Promise<void> | undefined;
  private stopped = false;
  private hurry = false;
  /** Orders waiting to be projected (metrics, bench). */
  get backlog(): number {
    return this.pending.size;
  }

  /** How long the oldest waiting order has waited: the map keeps arrival order, and a newer state replaces one in place. */
  lagMs(now = Date.now()): number {
    const oldest = this.pending.values().next().value;
    return oldest ? now - oldest.since : 0;
  }

  constructor(
    private readonly collections: Collections,
    private readonly openOrders: MongoOpenOrders,
    private readonly logger: Logger,
    private readonly activity: DatabaseActivity,
    private readonly maxPerSecond = MAX_WRITES_PER_SECOND,
    private readonly maxPending = MAX_PENDING,
  ) {}

  changed(order: Order): void {
    const queued = this.pending.get(order.orderId);
    if (queued) {
      if (queued.order.version <= order.version) queued.order = projected(order);
    } else if (this.pending.size >= this.maxPending) {
      if (this.dropped++ === 0) {
        this.logger.warn('projection backlog full; the reconciler will project the rest', { max: this.maxPending });
      }
      return;
    } else {
      this.pending.set(order.orderId, { order: projected(order), since: Date.now() });
    }
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /**
   * A newer state of an order, committed by another instance: if this one still has an
   * older state of it to write, it writes the newer one instead, so a slow projector
   * never puts an old status over a new one.
   */
  supersede(order: Order): void {
    const queued = this.pending.get(order.orderId);
    if (queued && queued.order.version < order.version) queued.order = projected(order);
  }

  /** Until this process stops writing for a moment, or the oldest write is overdue. */
  private async quietMoment(since: number): Promise<void> {
    while (!this.hurry && !this.stopped && Date.now() - since < MAX_WAIT_MS) {
      if (this.activity.idleForMs() >= QUIET_MS) return;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS / 4));
    }
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.pending.size > 0) {
      const [orderId, queued] = this.pending.entries().next().value as [string, { order: Projected; since: number }];
      if (this.slow) await this.quietMoment(queued.since);
      if (this.stopped) break;
      // Read after the wait: a newer state replaces the queued one in place meanwhile.
      const { order } = queued;
      this.pending.delete(orderId);
      const started = Date.now();
      try {
        // By `_id` alone: the one filter FerretDB itself hands to SQLite, on an index the
        // wrapper adds; the write holds the only writer for a millisecond.
        await this.collections.orders.updateOne(
          { _id: orderId as any },
          {
            $set: {
              payment_status: order.status,
              payment_gateway_transaction_id: order.transactionId ?? null,
              payment_type: order.paymentType ?? null,
              refunded_amount: order.refundedAmount,
              version: order.version,
              updated_at: order.updatedAt,
            },
          },
        );
        if (FINAL.has(order.status)) this.openOrders.close(orderId);
      } catch (error) {
        this.logger.warn('could not project an order; the reconciler will again', { orderId, error: String(error) });
      }
      const took = Date.now() - started;
      this.slow = took >= FELT_MS;
      const pause = Math.max(1000 / this.maxPerSecond - took, took * REST);
      if (pause > 0 && !this.hurry) await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /**
   * Writes what is left without resting, for up to `graceMs`; whatever is still queued
   * then is the reconciler's (it projects every open order it checks).
   */
  async stop(graceMs = 2_000): Promise<void> {
    this.hurry = true;
    const timer = setTimeout(() => (this.stopped = true), graceMs);
    await this.running;
    clearTimeout(timer);
    this.stopped = true;
    if (this.pending.size > 0) this.logger.warn('stopped with orders left to project', { count: this.pending.size });
  }
}
