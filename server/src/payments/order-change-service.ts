// Applies payment events to orders: the state machine decides, the repository commits
// atomically, and exactly the committer announces the change.
import type { Order } from './order.js';
import type { PaymentEvent } from './payment-event.js';
import { withoutAccessToken, type Clock, type Logger, type OrderChange, type OrderEvents, type OrderRepository, type ProductRepository } from './ports.js';
import { transition, type Transition } from './transitions.js';

export type ApplyOutcome =
  | { outcome: 'changed'; order: Order; reason: string }
  | { outcome: 'unchanged'; order: Order; reason: string }
  | { outcome: 'rejected'; order: Order; reason: string }
  | { outcome: 'unknown_order' };

/** Enough for any realistic burst of duplicates; each lost race re-reads the order. */
const MAX_ATTEMPTS = 25;

export class OrderChangeService {
  /**
   * Per-order queue inside this process. Not what makes changes exactly-once (the
   * repository's unique index does, across processes); it only spares duplicates
   * arriving together from racing each other to a conflict and a re-read.
   */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly deps: {
      orders: OrderRepository;
      products: ProductRepository;
      events: OrderEvents;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  apply(orderId: string, event: PaymentEvent): Promise<ApplyOutcome> {
    return this.serialize(orderId, () => this.applyNow(orderId, event));
  }

  /** Snap could not be opened: the order must not look payable. */
  async markGatewayFailure(orderId: string, kind: string): Promise<void> {
    await this.serialize(orderId, async () => {
      const order = await this.deps.orders.findById(orderId);
      if (!order || order.status !== 'pending') return;
      await this.commit(order, { kind: 'changed', to: 'failed', reason: 'gateway error' }, undefined, `gateway_error:${kind}`);
    });
  }

  private async applyNow(orderId: string, event: PaymentEvent): Promise<ApplyOutcome> {
    const { orders, logger } = this.deps;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const order = await orders.findById(orderId);
      if (!order) return { outcome: 'unknown_order' };
      const current = withoutAccessToken(order);

      if (event.grossAmount !== order.grossAmount) {
        // An authentic notification for another amount is never applied: paying
        // Rp 1 must not settle a Rp 1,000,000 order.
        return { outcome: 'rejected', order: current, reason: `gross_amount ${event.grossAmount} ≠ order ${order.grossAmount}` };
      }
      const decision = transition(
        { status: order.status, transactionId: order.transactionId, refundedAmount: order.refundedAmount },
        event,
      );
      if (decision.kind !== 'changed') return { outcome: decision.kind, order: current, reason: decision.reason };

      const updated = await this.commit(order, decision, event, event.gatewayStatus);
      if (updated) return { outcome: 'changed', order: updated, reason: decision.reason };
      logger.info('order changed under us; re-reading', { orderId, attempt });
    }
    throw new Error(`order ${orderId} kept changing under ${MAX_ATTEMPTS} attempts to apply ${event.gatewayStatus}`);
  }

  /** Returns the updated order, or null if another writer committed first. */
  private async commit(
    order: Order,
    decision: Extract<Transition, { kind: 'changed' }>,
    event: PaymentEvent | undefined,
    source: string,
  ): Promise<Order | null> {
    const at = this.deps.clock.now();
    const transactionId = event?.transactionId ?? order.transactionId;
    const change: OrderChange = {
      fromVersion: order.version,
      status: decision.to,
      transactionId,
      paymentType: event?.paymentType ?? order.paymentType,
      // Instructions belong to one attempt: a new attempt replaces them.
      instructions: event?.instructions ?? (event?.transactionId === order.transactionId ? order.instructions : undefined),
      refundedAmount: event?.refundedAmount ?? order.refundedAmount,
      history: { status: decision.to, at, source, ...(transactionId ? { transactionId } : {}) },
    };
    const updated = await this.deps.orders.commitChange(order.orderId, change);
    if (!updated) return null;

    // Only the one writer whose commit won gets here, so these happen once per change.
    if (updated.status === 'paid' && order.status !== 'paid') {
      await this.deps.products.takeStock(updated.items).catch((error: unknown) =>
        this.deps.logger.error('could not take paid items out of stock', { orderId: order.orderId, error: String(error) }),
      );
    }
    await this.deps.events.publish(updated);
    return updated;
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
