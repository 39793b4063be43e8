// Cancels payments that are not settled, for the operator. Every change still comes
// from the gateway's own status (reconcile), except one: an order whose shopper never
// chose a payment method has no transaction at the gateway, so it is cancelled here.
// A cancel the gateway does not answer is unknown (it may have been made): the order is
// asked about again shortly and by the reconciler; sending the cancel again is harmless.
import { outcomeUnknown, toGatewayFailure } from './desk-errors.js';
import { GatewayError, orderNotFound, PaymentError } from './errors.js';
import type { FollowUps } from './follow-ups.js';
import { outcomeOf } from './gateway-outcome.js';
import { paymentOf, type Order } from './order.js';
import type { OrderChangeService } from './order-change-service.js';
import { isIgnored } from './payment-event.js';
import type { Logger, PaymentGateway } from './ports.js';

export interface CancellerDeps {
  gateway: PaymentGateway;
  changes: OrderChangeService;
  followUps: FollowUps;
  logger: Logger;
}

export class PaymentCanceller {
  constructor(private readonly deps: CancellerDeps) {}

  /**
   * An unpaid order (with or without a payment method chosen), or a captured card
   * payment (a void). A settled payment is refunded instead.
   */
  async cancel(order: Order): Promise<Order> {
    if (order.status === 'paid') return this.voidPayment(order);
    if (order.status !== 'pending') {
      throw new PaymentError(
        'CANCEL_NOT_ALLOWED',
        `Only an unpaid order or a card payment not yet settled can be cancelled; this one is ${order.status}. Refund a paid one.`,
      );
    }
    if (!(await this.send(order, { noTransaction: 'cancel here' }))) return this.cancelHere(order.orderId);
    return this.reconcile(order.orderId);
  }

  private async voidPayment(order: Order): Promise<Order> {
    let truth;
    try {
      truth = await this.deps.gateway.fetchStatus(paymentOf(order));
    } catch (error) {
      throw toGatewayFailure(error);
    }
    // Only what the gateway itself still calls voidable (captured, not settled) is voided.
    if (!truth || isIgnored(truth) || truth.status !== 'paid' || !truth.voidable) {
      throw new PaymentError('CANCEL_NOT_ALLOWED', 'This payment is settled: refund it instead.');
    }
    await this.send(order, { noTransaction: 'refuse' });
    return this.reconcile(order.orderId);
  }

  /** Sends the cancel. Returns false when the gateway has no transaction for the order. */
  private async send(order: Order, options: { noTransaction: 'cancel here' | 'refuse' }): Promise<boolean> {
    const { orderId } = order;
    try {
      await this.deps.gateway.cancel(paymentOf(order));
      return true;
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      if (error.refusal === 'not_found' && options.noTransaction === 'cancel here') return false;
      if (outcomeOf(error) === 'failed') {
        throw new PaymentError(
          'CANCEL_NOT_ALLOWED',
          'The payment gateway would not cancel this payment (it may be paid or settled already); reconcile to see.',
        );
      }
      this.deps.logger.warn('a cancel has no answer; checking', { orderId, kind: error.kind });
      // Settled once the order moved: a cancel held at the gateway may land after the first look.
      this.deps.followUps.schedule(`cancel:${orderId}`, async () => (await this.reconcile(orderId)).status !== order.status);
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
      result = await this.deps.changes.reconcile(orderId, askGateway(this.deps.gateway), cancelled);
    } catch (error) {
      throw toGatewayFailure(error);
    }
    if (result.outcome === 'unknown_order') throw orderNotFound();
    if (result.order.status === 'pending') {
      // A payment began between the two calls: cancel that one at the gateway.
      await this.send(result.order, { noTransaction: 'refuse' });
      return this.reconcile(orderId);
    }
    return result.order;
  }

  private reconcile(orderId: string): Promise<Order> {
    return reconcileNow(this.deps, orderId);
  }
}

/** Asks the gateway for the order's status now and applies it (the desk's "ask the gateway now"). */
export async function reconcileNow(deps: Pick<CancellerDeps, 'changes' | 'gateway'>, orderId: string): Promise<Order> {
  try {
    const result = await deps.changes.reconcile(orderId, askGateway(deps.gateway));
    if (result.outcome === 'unknown_order') throw orderNotFound();
    return result.order;
  } catch (error) {
    throw toGatewayFailure(error);
  }
}

/** The order's own gateway, asked about its own payment. */
export const askGateway =
  (gateway: PaymentGateway) =>
  (order: Order): ReturnType<PaymentGateway['fetchStatus']> =>
    gateway.fetchStatus(paymentOf(order));
