// Asks the gateway about orders that went quiet, and finishes work a crash left behind.
//
// Midtrans gives up on a notification after a few retries, and sends none at all when
// a Snap page expires unpaid, so without this an order can stay PENDING forever while
// Midtrans says settlement. Each pass walks the small working set of open orders (never
// the whole orders collection) and, for each:
//   - a checkout that died before storing its order: its stock is given back;
//   - a change whose effects were left half-done: they are completed;
//   - an order still unpaid after `reconcileAfterMs`, or at the end of its checkout
//     hold: the gateway's status is applied through the same path as a notification;
//     with no transaction at the gateway and the hold over, the order expires;
//   - an order with nothing left to do: it leaves the working set (after projection).
// Safe with several instances: commits are exactly-once and every effect idempotent,
// so two reconcilers on one order cost a second status call, nothing more.
import { GatewayError, TransientError } from './errors.js';
import type { Order } from './order.js';
import { askGateway } from './canceller.js';
import { isClosed, type OrderChangeService } from './order-change-service.js';
import { ABANDONED_CHECKOUT_MS } from './payment-service.js';
import type { Clock, Logger, OpenOrder, OpenOrders, OrderProjection, OrderRepository, PaymentGateway, StockLedger } from './ports.js';
import type { RefundSettler } from './refund-settler.js';
import { stockMoveId } from './stock-policy.js';

export interface ReconcilerDeps {
  openOrders: OpenOrders;
  orders: OrderRepository;
  stock: StockLedger;
  gateway: PaymentGateway;
  changes: OrderChangeService;
  projection: OrderProjection;
  /** Refunds whose outcome is unknown: settled from the gateway's record each pass. */
  refunds?: Pick<RefundSettler, 'settleUnsettled'>;
  clock: Clock;
  logger: Logger;
  /** Orders unpaid for longer than this are asked about. */
  reconcileAfterMs: number;
  /** How long after its last change a paid order is still asked about, and how often. */
  paidWatchMs: number;
  paidEveryMs: number;
  /** Open orders looked at per pass, so one pass stays short. */
  batchSize?: number;
}

export interface ReconcileReport {
  checked: number;
  /** Orders whose state or stock this pass changed. */
  repaired: number;
  errors: number;
}

/** Paid orders whose payment Midtrans can still take back (refund, void). */
const WATCHED = new Set<Order['status']>(['paid', 'partially_refunded']);

export class Reconciler {
  private resumeAfter: string | undefined;
  /** When this process last asked Midtrans about a watched paid order. */
  private readonly lastAsked = new Map<string, number>();

  constructor(private readonly deps: ReconcilerDeps) {}

  async runOnce(): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, repaired: 0, errors: 0 };
    // A pass takes the next batch after the last one's, and wraps around at the end, so
    // a long-open head of the set cannot starve the orders behind it.
    const batch = this.deps.batchSize ?? 500;
    const open = await this.deps.openOrders.list(batch, this.resumeAfter);
    this.resumeAfter = open.length === batch ? open.at(-1)!.orderId : undefined;
    // A few at a time: the gateway and the database serve live traffic too.
    const queue = [...open];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        report.checked++;
        try {
          if (await this.check(entry)) report.repaired++;
        } catch (error) {
          report.errors++;
          const level = error instanceof GatewayError || error instanceof TransientError ? 'warn' : 'error';
          this.deps.logger[level]('reconciling an order failed; next pass retries', { orderId: entry.orderId, error: String(error) });
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    if (this.deps.refunds) {
      // The follow-up checks of an unknown refund live in one process; this makes sure
      // one is settled after a restart too (or once the gateway answers again).
      const refunds = await this.deps.refunds.settleUnsettled().catch((error: unknown) => {
        this.deps.logger.warn('could not list unsettled refunds', { error: String(error) });
        return { checked: 0, settled: 0, errors: 1 };
      });
      report.checked += refunds.checked;
      report.repaired += refunds.settled;
      report.errors += refunds.errors;
    }
    return report;
  }

  /** Returns whether anything was repaired. */
  private async check(entry: OpenOrder): Promise<boolean> {
    const { orders, changes, gateway, clock } = this.deps;
    const now = clock.now();
    const stored = await orders.find(entry.orderId);
    if (!stored) return this.abandonCheckout(entry, now);

    const finishedBefore = changes.leftoversFinished;
    let order: Order = (await changes.finishLeftovers(entry.orderId)) ?? stored;
    let repaired = changes.leftoversFinished > finishedBefore;
    const ask = async () => {
      const result = await changes.reconcile(order.orderId, askGateway(gateway), holdEnded(now));
      if (result.outcome !== 'unknown_order') order = result.order;
      repaired ||= result.outcome === 'changed';
    };

    if (WATCHED.has(order.status)) {
      // Paid, but Midtrans may still refund, partly refund or void it, and a lost
      // notification must not leave it PAID forever: asked about now and then for a
      // while after its last change, then it leaves the working set.
      const since = now.getTime() - order.updatedAt.getTime();
      if (since >= this.deps.paidWatchMs) {
        this.deps.projection.changed(order);
        this.deps.openOrders.close(order.orderId);
        this.lastAsked.delete(order.orderId);
        return repaired;
      }
      const asked = this.lastAsked.get(order.orderId) ?? order.updatedAt.getTime();
      if (now.getTime() - asked >= this.deps.paidEveryMs) {
        this.lastAsked.set(order.orderId, now.getTime());
        await ask();
      }
    } else if (
      !isClosed(order, now) &&
      (now.getTime() - order.createdAt.getTime() >= this.deps.reconcileAfterMs || holdOver(order, now) || paymentLapsed(order, now))
    ) {
      // Asked at the hold's end, and once a begun payment's own expiry has passed, however
      // long RECONCILE_AFTER_S is: the stock comes back then, not later.
      await ask();
    }
    if (isClosed(order, now)) {
      // The projector takes final orders out of the working set once projected; a failed
      // order whose Snap token has lapsed can change no more either.
      this.deps.projection.changed(order);
      if (order.status === 'failed') this.deps.openOrders.close(order.orderId);
    }
    return repaired;
  }

  /**
   * A checkout that never stored its order. Whether its reservation happened is not
   * recorded anywhere cheap to read, so make it happen (a no-op when it did), then
   * undo it: the stock ends as it was either way.
   */
  private async abandonCheckout(entry: OpenOrder, now: Date): Promise<boolean> {
    if (now.getTime() - entry.openedAt.getTime() < ABANDONED_CHECKOUT_MS) return false;
    const { stock } = this.deps;
    for (const item of entry.items) {
      const taken = await stock.move(item.productId, stockMoveId(entry.orderId, 0, item.productId), -item.quantity);
      if (taken !== 'insufficient') await stock.move(item.productId, stockMoveId(entry.orderId, 'void', item.productId), item.quantity);
    }
    this.deps.logger.warn('gave back the stock of an abandoned checkout', { orderId: entry.orderId });
    this.deps.openOrders.close(entry.orderId);
    return true;
  }
}

/** The checkout's hold ended with no payment begun that Lunas knows of. */
const holdOver = (order: Order, now: Date) => order.status === 'pending' && order.transactionId === undefined && now > order.holdEndsAt;

/** A payment was begun (a VA issued…) and the expiry Midtrans gave it has passed. */
function paymentLapsed(order: Order, now: Date): boolean {
  const expiresAt = order.status === 'pending' && order.transactionId !== undefined ? order.instructions?.expiresAt : undefined;
  return expiresAt !== undefined && now.getTime() > Date.parse(expiresAt);
}

/**
 * With no transaction at the gateway, an order whose hold is over (its hosted checkout
 * starts no payment any more) expires, and its stock returns. One with a payment begun (a VA
 * issued: the status API has a pending transaction) stays PENDING until that payment's
 * own expiry, which the gateway reports as expired.
 */
function holdEnded(now: Date) {
  return (order: Order) =>
    holdOver(order, now)
      ? { status: 'expired' as const, transactionId: undefined, grossAmount: order.grossAmount, gatewayStatus: 'checkout_hold_ended' }
      : null;
}
