// Keeps `orders.payment_status` and `payment_gateway_transaction_id` (the assignment's
// columns) in step with each order's newest change, off the hot path. On the embedded
// FerretDB an update scans the orders collection while it holds SQLite's only writer,
// so every insert of the hot path waits behind it: the projector writes one order at a
// time, the newest state only, and rests nine times as long as each write took, so it
// never takes more than a tenth of the writer (on MongoDB a write takes a millisecond
// and the cap of 50 a second is what binds). Under a sustained burst the backlog grows
// and drains afterwards; nothing on the hot path reads the projection.
// Once a final order is projected, it leaves the working set of open orders (a paid one
// stays a while longer: the reconciler still asks Midtrans about refunds and voids).
import type { Order } from '../payments/order.js';
import type { Logger, OrderProjection } from '../payments/ports.js';
import type { Collections } from './database.js';
import type { MongoOpenOrders } from './open-orders.js';

/** Statuses Midtrans cannot move on from. */
const FINAL = new Set<Order['status']>(['expired', 'cancelled', 'refunded']);
/** Rest after each write, as a multiple of the write's time: at most 1/(1+REST) of the writer. */
const REST = 9;

export class MongoOrderProjector implements OrderProjection {
  private readonly pending = new Map<string, Order>();
  private running: Promise<void> | undefined;
  private stopped = false;
  private hurry = false;
  /** Orders waiting to be projected (metrics, bench). */
  get backlog(): number {
    return this.pending.size;
  }

  constructor(
    private readonly collections: Collections,
    private readonly openOrders: MongoOpenOrders,
    private readonly logger: Logger,
    private readonly maxPerSecond = 50,
  ) {}

  changed(order: Order): void {
    const queued = this.pending.get(order.orderId);
    if (!queued || queued.version <= order.version) this.pending.set(order.orderId, order);
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /**
   * A newer state of an order, committed by another instance: if this one still has an
   * older state of it to write, it writes the newer one instead, so a slow projector
   * never puts an old status over a new one.
   */
  supersede(order: Order): void {
    const queued = this.pending.get(order.orderId);
    if (queued && queued.version < order.version) this.pending.set(order.orderId, order);
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.pending.size > 0) {
      const [orderId, order] = this.pending.entries().next().value as [string, Order];
      this.pending.delete(orderId);
      const started = Date.now();
      try {
        // By `_id` alone: FerretDB hands only such a filter to SQLite; one with another
        // field is decoded document by document in FerretDB (several times slower).
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
