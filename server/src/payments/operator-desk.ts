// What an operator can do with orders: look, refund, cancel, ask Midtrans now. Every
// state change still goes through OrderChangeService with Midtrans's own status, so the
// desk cannot move an order where Midtrans has not.
import type { PaymentAnomaly } from './anomaly.js';
import { badInput, GatewayError, orderNotFound, PaymentError } from './errors.js';
import type { FollowUps } from './follow-ups.js';
import { outcomeOf } from './gateway-outcome.js';
import type { NotificationLog, StoredNotification } from './notification-service.js';
import type { Order, StatusHistoryEntry } from './order.js';
import type { OrderChangeService } from './order-change-service.js';
import { isIgnored } from './payment-event.js';
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
      followUps: FollowUps;
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

  notificationsOf(orderId: string): Promise<StoredNotification[]> {
    return this.deps.notifications.forOrder(orderId);
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
    const open = (await refunds.forOrder(order.orderId)).find(isUnsettled);
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
    // Recorded before the gateway hears of it: the second of two concurrent submits stops here.
    if (!(await refunds.insert(refund))) {
      const raced = await refunds.find(order.orderId, input.idempotencyKey);
      return this.repeated(raced!, input, order);
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
    if (order.status === 'paid') return this.voidPayment(order);
    if (order.status !== 'pending') {
      throw new PaymentError(
        'CANCEL_NOT_ALLOWED',
        `Only an unpaid order or a card payment not yet settled can be cancelled; this one is ${order.status}. Refund a paid one.`,
      );
    }
    if (!(await this.sendCancel(orderId, { noTransaction: 'cancel here' }))) return this.cancelHere(orderId);
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

  private async voidPayment(order: Order): Promise<Order> {
    let truth;
    try {
      truth = await this.deps.gateway.fetchStatus(order.orderId);
    } catch (error) {
      throw toGatewayFailure(error);
    }
    // Only what the gateway itself still calls voidable (captured, not settled) is voided.
    if (!truth || isIgnored(truth) || truth.status !== 'paid' || !truth.voidable) {
      throw new PaymentError('CANCEL_NOT_ALLOWED', 'This payment is settled: refund it instead.');
    }
    await this.sendCancel(order.orderId, { noTransaction: 'refuse' });
    return this.reconcile(order.orderId);
  }

  /**
   * Sends the cancel. Returns false when the gateway has no transaction for the order.
   * A cancel without an answer is unknown: the order is asked about again shortly
   * (and by the reconciler), and the operator is told so. Sending it again is harmless.
   */
  private async sendCancel(orderId: string, options: { noTransaction: 'cancel here' | 'refuse' }): Promise<boolean> {
    try {
      await this.deps.gateway.cancel(orderId);
      return true;
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      if (error.gatewayCode === '404' && options.noTransaction === 'cancel here') return false;
      if (outcomeOf(error) === 'failed') {
        throw new PaymentError(
          'CANCEL_NOT_ALLOWED',
          'Midtrans would not cancel this payment (it may be paid or settled already); reconcile to see.',
        );
      }
      this.deps.logger.warn('a cancel has no answer; checking', { orderId, kind: error.kind });
      this.deps.followUps.schedule(`cancel:${orderId}`, async () => {
        await this.reconcile(orderId);
        return true;
      });
      throw outcomeUnknown('cancel', {});
    }
  }

  /**
   * The shopper has not chosen a payment method, so the gateway has no transaction to
   * cancel: the order is cancelled here (its stock returns with the change's effects).
   * Asked through reconcile, so a transaction that began meanwhile wins over the cancel.
   */
  private async cancelHere(orderId: string): Promise<Order> {
    const cancelled = (order: Order) =>
      order.status === 'pending' && order.transactionId === undefined
        ? { status: 'cancelled' as const, transactionId: undefined, grossAmount: order.grossAmount, gatewayStatus: 'operator_cancel' }
        : null;
    let result;
    try {
      result = await this.deps.changes.reconcile(orderId, () => this.deps.gateway.fetchStatus(orderId), cancelled);
    } catch (error) {
      throw toGatewayFailure(error);
    }
    if (result.outcome === 'unknown_order') throw orderNotFound();
    if (result.order.status === 'pending') {
      // A payment began between the two calls: cancel that one at the gateway.
      await this.sendCancel(orderId, { noTransaction: 'refuse' });
      return this.reconcile(orderId);
    }
    return result.order;
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
    if (existing.status === 'accepted') return { refund: existing, order };
    return this.answer(await this.deps.settler.send(existing));
  }

  private async answer(result: SendResult): Promise<{ refund: Refund; order: Order }> {
    if (result.outcome === 'failed') throw refusalFor(result.error);
    if (result.outcome === 'unknown') throw outcomeUnknown('refund', { refundKey: result.refund.refundKey });
    return { refund: result.refund, order: await this.reconcileQuietly(result.refund.orderId) };
  }
}

const refundInProgress = (open: Refund) =>
  new PaymentError(
    'REFUND_IN_PROGRESS',
    `The refund ${open.refundKey} of this order has no known outcome yet; Lunas is checking with Midtrans. Retry that one (same key), not a new one.`,
    { refundKey: open.refundKey },
  );

const outcomeUnknown = (what: 'refund' | 'cancel', details: Record<string, unknown>) =>
  new PaymentError(
    'OUTCOME_UNKNOWN',
    what === 'refund'
      ? 'Midtrans did not answer; do not start another refund; Lunas is checking. Sending this one again (same key) is safe.'
      : 'Midtrans did not answer; the payment may be cancelled already; Lunas is checking.',
    { operation: what, ...details },
  );

/** A refund the gateway refused: nothing was refunded. */
function refusalFor(error: GatewayError): Error {
  if (error.gatewayCode === '412')
    return new PaymentError(
      'REFUND_NOT_ALLOWED',
      'Midtrans refuses to refund this payment now: it is not settled yet (a captured card payment is cancelled instead).',
    );
  if (error.gatewayCode === '414') return new PaymentError('REFUND_EXCEEDS_PAYMENT', 'Midtrans refuses this amount.');
  return new PaymentError(
    'PAYMENT_GATEWAY_ERROR',
    `Midtrans refused the refund; nothing was refunded (${error.gatewayCode ?? error.kind}).`,
  );
}

/** For calls that move no money (status): a failure changed nothing, so trying again is plain. */
function toGatewayFailure(error: unknown): Error {
  if (!(error instanceof GatewayError)) return error as Error;
  return new PaymentError('PAYMENT_GATEWAY_ERROR', 'Midtrans could not be asked; nothing changed. Try again in a moment.');
}
