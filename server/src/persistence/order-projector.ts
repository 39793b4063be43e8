// Keeps `orders.payment_status` and `payment_gateway_transaction_id` (the assignment's
// columns) in step with each order's newest change, off the hot path: on FerretDB an
// update costs a scan of the orders collection, so the projector writes one order at a
// time in the background, the newest state only, and the webhook never waits for it.
// Once a final order is projected, it leaves the working set of open orders (a paid one
// stays a while longer: the reconciler still asks Midtrans about refunds and voids).
import type { Order } from '../payments/order.js';
import type { Logger, OrderProjection } from '../payments/ports.js';
import type { Collections } from './database.js';
import type { MongoOpenOrders } from './open-orders.js';

/** Statuses Midtrans cannot move on from. */
const FINAL = new Set<Order['status']>(['expired', 'cancelled', 'refunded']);

export class MongoOrderProjector implements OrderProjection {
  private readonly pending = new Map<string, Order>();
  private running: Promise<void> | undefined;
  private stopped = false;
  /** Orders waiting to be projected (metrics, bench). */
  get backlog(): number {
    return this.pending.size;
  }

  constructor(
    private readonly collections: Collections,
    private readonly openOrders: MongoOpenOrders,
    private readonly logger: Logger,
    /**
     * At most this many updates a second. Each one scans the orders on FerretDB; unpaced,
     * a burst of payments would have the projector take the database's whole time from
     * the webhook. The backlog waits (and coalesces: only an order's newest state is written).
     */
    private readonly maxPerSecond = 50,
  ) {}

  changed(order: Order): void {
    const queued = this.pending.get(order.orderId);
    if (!queued || queued.version <= order.version) this.pending.set(order.orderId, order);
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.pending.size > 0) {
      const [orderId, order] = this.pending.entries().next().value as [string, Order];
      this.pending.delete(orderId);
      const started = Date.now();
      try {
        await this.collections.orders.updateOne(
          // Never move the projection back: a slower projector may hold an older state.
          { _id: orderId as any, version: { $lt: order.version } },
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
      const pause = 1000 / this.maxPerSecond - (Date.now() - started);
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  async stop(): Promise<void> {
    await this.running;
    this.stopped = true;
  }
}
