// Sends refunds and finds out what became of them. A refund's outcome is known only
// when the gateway answers it, or when its own record is read: a timeout, a 5xx or a
// dropped connection leaves it `unknown` (the money may have moved), never `failed`.
// An unknown refund is settled from the gateway's record of its key (a short series of
// follow-up checks, then the reconciler); a key the gateway has no record of is sent
// again, which the key makes safe: the gateway refunds once per key.
import { GatewayError } from './errors.js';
import type { FollowUps } from './follow-ups.js';
import { outcomeOf } from './gateway-outcome.js';
import type { PaymentReference } from './order.js';
import type { Clock, Logger, PaymentGateway, RefundAnswer, RefundRepository } from './ports.js';
import type { Refund } from './refund.js';

export type SendResult =
  | { outcome: 'accepted'; refund: Refund }
  | { outcome: 'pending'; refund: Refund }
  | { outcome: 'failed'; refund: Refund; error: GatewayError }
  | { outcome: 'unknown'; refund: Refund };

export interface RefundSettlerDeps {
  refunds: RefundRepository;
  gateway: PaymentGateway;
  /** The order's gateway and reference: refunds are asked of the gateway that took the payment. */
  paymentOf(orderId: string): Promise<PaymentReference>;
  followUps: FollowUps;
  clock: Clock;
  logger: Logger;
  /** Called once a refund is known to be made: the order's state follows the gateway. */
  onAccepted(orderId: string): Promise<unknown>;
}

/**
 * A refund left `requested` this long was sent by a process that did not live to record
 * the answer (gateway calls time out within 4 s). Checking one that is still in flight
 * elsewhere would be harmless anyway: the look-up changes nothing, a resend has the key.
 */
const ABANDONED_SEND_MS = 10_000;

export class RefundSettler {
  /** Sends in flight in this process, so a double submit joins the first one. */
  private readonly inFlight = new Map<string, Promise<SendResult>>();

  constructor(private readonly deps: RefundSettlerDeps) {}

  /**
   * Sends the refund (again, for a retry of the same key) and records the answer. An
   * unknown answer starts the follow-up checks. `background`: Lunas's own check (a
   * follow-up, the reconciler), which starts no new series and, on success, brings the
   * order up to date itself (no operator is waiting for the answer).
   */
  send(refund: Refund, options: { background?: boolean } = {}): Promise<SendResult> {
    const id = `${refund.orderId}:${refund.refundKey}`;
    const running = this.inFlight.get(id);
    if (running) return running;
    const sending = this.sendNow(refund, options.background ?? false).finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, sending);
    return sending;
  }

  /**
   * Settles a refund whose outcome is not known from the gateway's record of its key.
   * Returns whether it is settled now.
   */
  async check(refund: Refund): Promise<boolean> {
    const { refunds, gateway, logger } = this.deps;
    const payment = await this.deps.paymentOf(refund.orderId);
    const recorded = await gateway.findRefund(payment, refund.refundKey, refund.gatewayRefundId);
    // Taken, paid out later (Xendit PENDING): still unsettled, asked again later.
    if (recorded?.state === 'pending') return false;
    if (recorded?.state === 'failed') {
      await refunds.settle(refund.orderId, refund.refundKey, {
        status: 'failed',
        failureReason: (recorded.failureReason ?? 'the gateway reports the refund failed').slice(0, 300),
      });
      logger.warn('a pending refund failed, says the gateway', { orderId: refund.orderId, refundKey: refund.refundKey });
      return true;
    }
    if (recorded && recorded.amount === 0) {
      // Midtrans keeps a refund the bank declined, with refund_amount "0.00" (docs/midtrans.md §5.6).
      await refunds.settle(refund.orderId, refund.refundKey, { status: 'failed', failureReason: 'declined by the bank' });
      return true;
    }
    if (recorded) {
      if (recorded.amount !== refund.amount) {
        logger.error('the gateway recorded a refund key with another amount', {
          orderId: refund.orderId,
          refundKey: refund.refundKey,
          asked: refund.amount,
          recorded: recorded.amount,
        });
      }
      await refunds.settle(refund.orderId, refund.refundKey, { status: 'accepted' });
      logger.info('an unknown refund was made, says the gateway', { orderId: refund.orderId, refundKey: refund.refundKey });
      await this.deps.onAccepted(refund.orderId);
      return true;
    }
    // No refund with this key: the first request never reached the gateway, or was
    // refused unanswered. Sending it again decides: the key makes it one refund at most.
    const result = await this.send(refund, { background: true });
    return result.outcome === 'accepted' || result.outcome === 'failed';
  }

  /** For the reconciler: settles refunds still unknown (their follow-ups may have died with a process). */
  async settleUnsettled(limit = 50): Promise<{ checked: number; settled: number; errors: number }> {
    const now = this.deps.clock.now().getTime();
    const report = { checked: 0, settled: 0, errors: 0 };
    for (const refund of await this.deps.refunds.unsettled(limit)) {
      const sentAt = (refund.sentAt ?? refund.requestedAt).getTime();
      const inFlight = this.inFlight.has(`${refund.orderId}:${refund.refundKey}`);
      if (inFlight || (refund.status === 'requested' && now - sentAt < ABANDONED_SEND_MS)) continue;
      report.checked++;
      try {
        if (await this.check(refund)) report.settled++;
      } catch (error) {
        report.errors++;
        this.deps.logger.warn('could not settle an unknown refund; next pass retries', {
          orderId: refund.orderId,
          refundKey: refund.refundKey,
          error: String(error),
        });
      }
    }
    return report;
  }

  private async sendNow(refund: Refund, background: boolean): Promise<SendResult> {
    const { refunds, gateway, clock, logger } = this.deps;
    const { orderId, refundKey } = refund;
    const payment = await this.deps.paymentOf(orderId);
    await refunds.reopen(orderId, refundKey, clock.now());
    let answer: RefundAnswer | void;
    try {
      answer = await gateway.refund(payment, { refundKey, amount: refund.amount, reason: refund.reason });
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      const outcome = outcomeOf(error);
      await refunds.settle(orderId, refundKey, { status: outcome, failureReason: error.message.slice(0, 300) });
      logger.warn(outcome === 'failed' ? 'the gateway refused a refund' : 'a refund has no answer; checking', {
        orderId,
        refundKey,
        kind: error.kind,
      });
      if (outcome === 'failed') return { outcome, refund: { ...refund, status: 'failed', failureReason: error.message }, error };
      if (!background) this.deps.followUps.schedule(`refund:${orderId}:${refundKey}`, () => this.recheck(orderId, refundKey));
      return { outcome, refund: { ...refund, status: 'unknown', failureReason: error.message } };
    }
    const gatewayRefundId = answer ? answer.gatewayRefundId : undefined;
    if (answer?.state === 'pending') {
      // Made, not final: the gateway pays it out later. Its follow-ups (and the refund
      // callback) ask the gateway's record by its id until it ends.
      await refunds.settle(orderId, refundKey, { status: 'pending', gatewayRefundId: answer.gatewayRefundId });
      if (!background) this.deps.followUps.schedule(`refund:${orderId}:${refundKey}`, () => this.recheck(orderId, refundKey));
      return { outcome: 'pending', refund: { ...refund, status: 'pending', gatewayRefundId: answer.gatewayRefundId } };
    }
    await refunds.settle(orderId, refundKey, { status: 'accepted', ...(gatewayRefundId ? { gatewayRefundId } : {}) });
    if (background) await this.deps.onAccepted(orderId);
    return { outcome: 'accepted', refund: { ...refund, status: 'accepted', ...(gatewayRefundId ? { gatewayRefundId } : {}) } };
  }

  /**
   * A refund callback: settles our refund with this gateway id from the gateway's record
   * (the callback is only a claim; the record decides). Already settled: nothing to do,
   * so duplicates and late callbacks change nothing.
   */
  async settleByGatewayId(gatewayRefundId: string): Promise<'settled' | 'pending' | 'unknown_refund'> {
    const refund = await this.deps.refunds.findByGatewayId(gatewayRefundId);
    if (!refund) return 'unknown_refund';
    return (await this.recheck(refund.orderId, refund.refundKey)) ? 'settled' : 'pending';
  }

  /** A follow-up: reads the refund again (another process may have settled it meanwhile). */
  private async recheck(orderId: string, refundKey: string): Promise<boolean> {
    const refund = await this.deps.refunds.find(orderId, refundKey);
    if (!refund || refund.status === 'accepted' || refund.status === 'failed') return true;
    return this.check(refund);
  }
}
