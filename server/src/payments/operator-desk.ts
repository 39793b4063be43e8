// What an operator can do with orders: look, refund, cancel, ask Midtrans now. Every
// state change still goes through OrderChangeService with Midtrans's own status, so the
// desk cannot move an order where Midtrans has not.
import type { PaymentAnomaly } from './anomaly.js';
import { badInput, orderNotFound, PaymentError } from './errors.js';
import { reconcileNow, type PaymentCanceller } from './canceller.js';
import { outcomeUnknown, refundInProgress, refusalFor } from './desk-errors.js';
import type { NotificationCursor, NotificationLog, StoredNotification } from './notification-service.js';
import type { Order, StatusHistoryEntry } from './order.js';
import type { OrderChangeService } from './order-change-service.js';
import type {
  AnomalyLog,
  Clock,
  Logger,
  OrderFilter,
  OrderRepository,
  OrderSearch,
  PaymentGateway,
  RefundRepository,
  StoredOrder,
} from './ports.js';
import { withoutAccessToken } from './ports.js';
import { isUnsettled, REFUND_KEY, type Refund } from './refund.js';
import type { RefundSettler, SendResult } from './refund-settler.js';

export interface RefundInput {
  orderId: string;
  amount: number;
  reason: string;
  idempotencyKey: string;
}

export interface OrderPage {
  orders: Order[];
  hasNextPage: boolean;
}

const REFUNDABLE = new Set<Order['status']>(['paid', 'partially_refunded']);

export class OperatorDesk {
  constructor(
    private readonly deps: {
      orders: OrderRepository;
      search: OrderSearch;
      refunds: RefundRepository;
      anomalies: AnomalyLog;
      notifications: NotificationLog;
      gateway: PaymentGateway;
      changes: OrderChangeService;
      settler: RefundSettler;
      canceller: PaymentCanceller;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  /** One order as the database has it now: an operator acts on what they see here. */
  async order(orderId: string): Promise<Order | null> {
    const stored = await this.deps.orders.find(orderId, { fresh: true });
    return stored ? withoutAccessToken(stored) : null;
  }

  async orders(filter: OrderFilter, first: number, after?: { createdAt: Date; orderId: string }): Promise<OrderPage> {
    const ids = await this.deps.search.search(filter, first + 1, after);
    // A page of the list shows what this process knows (kept current by the bus); the
    // order page reads each order afresh.
    const found = await Promise.all(ids.slice(0, first).map((id) => this.deps.orders.find(id)));
    const orders = found.filter((o): o is StoredOrder => o !== null).map(withoutAccessToken);
    return { orders, hasNextPage: ids.length > first };
  }

  history(orderId: string): Promise<StatusHistoryEntry[]> {
    return this.deps.orders.history(orderId);
  }

  notificationsOf(orderId: string, first: number, after?: NotificationCursor): Promise<StoredNotification[]> {
    return this.deps.notifications.forOrder(orderId, { first, ...(after ? { after } : {}) });
  }

  rejectedNotificationCount(orderId: string): Promise<number> {
    return this.deps.notifications.rejectedCount(orderId);
  }

  rejectedNotificationsOf(orderId: string): Promise<StoredNotification[]> {
    return this.deps.notifications.rejectedKept(orderId);
  }

  refundsOf(orderId: string): Promise<Refund[]> {
    return this.deps.refunds.forOrder(orderId);
  }

  anomaliesOf(orderId: string): Promise<PaymentAnomaly[]> {
    return this.deps.anomalies.forOrder(orderId);
  }

  anomalies(first: number, before?: Date): Promise<PaymentAnomaly[]> {
    return this.deps.anomalies.list(first, before);
  }

  /**
   * Refunds through the gateway with the operator's idempotency key as its refund key.
   * Three outcomes: made (the refund and the order), refused (an error; nothing moved),
   * or unknown (OUTCOME_UNKNOWN: the gateway did not answer; Lunas checks its record).
   * The same key again is the same refund: a made one is answered from the record, a
   * refused or unknown one is sent again (the key makes that safe), never answered as
   * made. While one refund of an order is unknown, a new one is refused.
   */
  async refund(input: RefundInput, operatorEmail: string): Promise<{ refund: Refund; order: Order }> {
    const { refunds, clock, logger } = this.deps;
    const problems = [];
    if (!Number.isInteger(input.amount) || input.amount < 1)
      problems.push({ field: 'amount', message: 'must be a whole number of rupiah, at least 1' });
    const reason = input.reason.trim();
    if (reason.length < 3 || reason.length > 200) problems.push({ field: 'reason', message: 'must be 3 to 200 characters' });
    if (!REFUND_KEY.test(input.idempotencyKey)) problems.push({ field: 'idempotencyKey', message: 'must be 8 to 64 of A-Z a-z 0-9 - _' });
    if (problems.length) throw badInput(problems);

    const order = await this.order(input.orderId);
    if (!order) throw orderNotFound();
    const existing = await refunds.find(order.orderId, input.idempotencyKey);
    if (existing) return this.repeated(existing, input, order);

    if (!REFUNDABLE.has(order.status)) {
      throw new PaymentError('REFUND_NOT_ALLOWED', `Only a paid order can be refunded; this one is ${order.status}.`);
    }
    const recorded = await refunds.forOrder(order.orderId);
    const open = recorded.find(isUnsettled);
    // A double submit whose twin was recorded between our two reads is that same refund.
    if (open?.refundKey === input.idempotencyKey) return this.repeated(open, input, order);
    if (open) throw refundInProgress(open);
    const refundable = order.grossAmount - order.refundedAmount;
    if (input.amount > refundable) {
      throw new PaymentError('REFUND_EXCEEDS_PAYMENT', `At most Rp ${refundable} of this order can still be refunded.`, { refundable });
    }
    const now = clock.now();
    const refund: Refund = {
      orderId: order.orderId,
      refundKey: input.idempotencyKey,
      amount: input.amount,
      reason,
      status: 'requested',
      requestedAt: now,
      requestedBy: operatorEmail,
      sentAt: now,
    };
    // Recorded before the gateway hears of it, as the order's next refund: of two concurrent
    // submits the second stops here, the same key as a repeat, another key as in progress.
    const inserted = await refunds.insert(refund, recorded.length);
    if (inserted === 'duplicate') {
      const raced = await refunds.find(order.orderId, input.idempotencyKey);
      return this.repeated(raced!, input, order);
    }
    if (inserted === 'claimed') {
      const first = (await refunds.forOrder(order.orderId)).find((r) => isUnsettled(r) && r.refundKey !== input.idempotencyKey);
      if (first) throw refundInProgress(first);
      // The other one has an outcome already: this one was still started from a stale view.
      throw new PaymentError(
        'REFUND_IN_PROGRESS',
        'Another refund of this order was started at the same moment; reload the order and try again.',
      );
    }
    logger.info('operator refund', { orderId: order.orderId, amount: input.amount, operator: operatorEmail });
    return this.answer(await this.deps.settler.send(refund));
  }

  /**
   * Cancels a payment that is not settled: an unpaid order (with or without a payment
   * method chosen; without one, Lunas cancels it itself and its stock returns at once),
   * or a captured card payment (a void). A settled payment is refunded instead.
   */
  async cancel(orderId: string): Promise<Order> {
    const order = await this.order(orderId);
    if (!order) throw orderNotFound();
    return this.deps.canceller.cancel(order);
  }

  /** Asks Midtrans for the order's status now and applies it. */
  reconcile(orderId: string): Promise<Order> {
    return reconcileNow(this.deps, orderId);
  }

  private async reconcileQuietly(orderId: string): Promise<Order> {
    try {
      return await this.reconcile(orderId);
    } catch (error) {
      // The refund went through; its notifications will bring the status.
      this.deps.logger.warn('could not reconcile after a refund', { orderId, error: String(error) });
      return (await this.order(orderId))!;
    }
  }

  /** The same key again: the same refund. Only a made one is answered from the record. */
  private async repeated(existing: Refund, input: RefundInput, order: Order) {
    if (existing.amount !== input.amount) {
      throw badInput([{ field: 'idempotencyKey', message: 'was used for another amount; use a new key for a new refund' }]);
    }
    // Made (or taken, pending at the gateway): answered from the record, never sent again.
    if (existing.status === 'accepted' || existing.status === 'pending') return { refund: existing, order };
    return this.answer(await this.deps.settler.send(existing));
  }

  private async answer(result: SendResult): Promise<{ refund: Refund; order: Order }> {
    if (result.outcome === 'failed') throw refusalFor(result.error);
    if (result.outcome === 'unknown') throw outcomeUnknown('refund', { refundKey: result.refund.refundKey });
    // Taken but not paid out yet: the order moves when the gateway says it succeeded.
    if (result.outcome === 'pending') return { refund: result.refund, order: (await this.order(result.refund.orderId))! };
    return { refund: result.refund, order: await this.reconcileQuietly(result.refund.orderId) };
  }
}
