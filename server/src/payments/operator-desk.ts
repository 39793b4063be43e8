// What an operator can do with orders: look, refund, cancel, ask Midtrans now. Every
// state change still goes through OrderChangeService with Midtrans's own status, so the
// desk cannot move an order where Midtrans has not.
import type { PaymentAnomaly } from './anomaly.js';
import { badInput, GatewayError, orderNotFound, PaymentError } from './errors.js';
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
import { REFUND_KEY, type Refund } from './refund.js';

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
   * Refunds through Midtrans with the operator's idempotency key as refund_key: a double
   * submit finds the refund already recorded and returns it; Midtrans, given the same key
   * again, refunds nothing more. The order's status then follows what Midtrans says.
   */
  async refund(input: RefundInput, operatorEmail: string): Promise<{ refund: Refund; order: Order }> {
    const { refunds, gateway, clock, logger } = this.deps;
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
    const refundable = order.grossAmount - order.refundedAmount;
    if (input.amount > refundable) {
      throw new PaymentError('REFUND_EXCEEDS_PAYMENT', `At most Rp ${refundable} of this order can still be refunded.`, { refundable });
    }
    const refund: Refund = {
      orderId: order.orderId,
      refundKey: input.idempotencyKey,
      amount: input.amount,
      reason,
      status: 'requested',
      requestedAt: clock.now(),
      requestedBy: operatorEmail,
    };
    // Recorded before Midtrans hears of it: the second of two concurrent submits stops here.
    if (!(await refunds.insert(refund))) {
      const raced = await refunds.find(order.orderId, input.idempotencyKey);
      return this.repeated(raced!, input, order);
    }
    logger.info('operator refund', { orderId: order.orderId, amount: input.amount, operator: operatorEmail });
    try {
      await gateway.refund(order.orderId, { refundKey: refund.refundKey, amount: refund.amount, reason });
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      const failure = refusalFor(error);
      await refunds.settle(order.orderId, refund.refundKey, { status: 'failed', failureReason: failure.message });
      throw failure;
    }
    await refunds.settle(order.orderId, refund.refundKey, { status: 'accepted' });
    return { refund: { ...refund, status: 'accepted' }, order: await this.reconcileQuietly(order.orderId) };
  }

  /** Cancels a payment that has started but not been paid (Core API cancel). */
  async cancel(orderId: string): Promise<Order> {
    const order = await this.order(orderId);
    if (!order) throw orderNotFound();
    if (order.status !== 'pending') {
      throw new PaymentError(
        'CANCEL_NOT_ALLOWED',
        `Only a pending payment can be cancelled; this one is ${order.status}. Refund a paid one.`,
      );
    }
    try {
      await this.deps.gateway.cancel(orderId);
    } catch (error) {
      if (error instanceof GatewayError && error.gatewayCode === '404') {
        throw new PaymentError('CANCEL_NOT_ALLOWED', 'The shopper has not started a payment yet; the order expires with its Snap page.');
      }
      if (error instanceof GatewayError && error.kind === 'rejected') {
        throw new PaymentError('CANCEL_NOT_ALLOWED', 'Midtrans would not cancel this payment (it may be paid already); reconcile to see.');
      }
      throw toGatewayFailure(error);
    }
    return this.reconcile(orderId);
  }

  /** Asks Midtrans for the order's status now and applies it. */
  async reconcile(orderId: string): Promise<Order> {
    try {
      const result = await this.deps.changes.reconcile(orderId, () => this.deps.gateway.fetchStatus(orderId));
      if (result.outcome === 'unknown_order') throw orderNotFound();
      return result.order;
    } catch (error) {
      throw toGatewayFailure(error);
    }
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

  private async repeated(existing: Refund, input: RefundInput, order: Order) {
    if (existing.amount !== input.amount) {
      throw badInput([{ field: 'idempotencyKey', message: 'was used for another amount; use a new key for a new refund' }]);
    }
    return { refund: existing, order };
  }
}

function refusalFor(error: GatewayError): Error {
  if (error.gatewayCode === '412')
    return new PaymentError('REFUND_NOT_ALLOWED', 'Midtrans refuses to refund this payment now (it may not be settled yet).');
  if (error.gatewayCode === '414') return new PaymentError('REFUND_EXCEEDS_PAYMENT', 'Midtrans refuses this amount.');
  return toGatewayFailure(error);
}

function toGatewayFailure(error: unknown): Error {
  if (!(error instanceof GatewayError)) return error as Error;
  return new PaymentError('PAYMENT_GATEWAY_ERROR', 'Midtrans did not accept the request; nothing changed. Try again in a moment.');
}
