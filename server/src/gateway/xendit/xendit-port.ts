// The Xendit adapter as the core's PaymentGateway: checkout, status, cancel and refunds
// go to XenditGateway. A Xendit refund is an object of its own, created PENDING and
// ended SUCCEEDED or FAILED later (callback or GET /refunds/{id}, xendit-reference.md §4):
// its id is answered for the core to keep, and its state read back by that id.
import type { PaymentReference } from '../../payments/order.js';
import type {
  CheckoutRequest,
  CheckoutSession,
  PaymentGateway,
  RecordedRefund,
  RefundAnswer,
  RefundRequest,
} from '../../payments/ports.js';
import { XenditGatewayError } from './error-mapping.js';
import { XenditGateway, type XenditGatewayOptions } from './xendit-gateway.js';

export class XenditPaymentGateway implements PaymentGateway {
  private readonly xendit: XenditGateway;

  constructor(options: XenditGatewayOptions) {
    this.xendit = new XenditGateway(options);
  }

  async createSession(request: CheckoutRequest): Promise<CheckoutSession> {
    const { reference, redirectUrl } = await this.xendit.createSession(request);
    return { reference, redirectUrl };
  }

  fetchStatus(payment: PaymentReference) {
    return this.xendit.fetchStatus(payment);
  }

  cancel(payment: PaymentReference) {
    return this.xendit.cancel(payment);
  }

  /** The refund key is Xendit's idempotency-key: the same key is the same refund. */
  async refund(payment: PaymentReference, request: RefundRequest): Promise<RefundAnswer> {
    const outcome = await this.xendit.refund(payment, request);
    if (outcome.outcome === 'failed') {
      // Xendit took the request and failed it at once: nothing was refunded.
      throw new XenditGatewayError(
        `Xendit failed refund ${outcome.refundId}: ${outcome.failureReason}`,
        'rejected',
        'not_allowed',
        outcome.failureReason,
      );
    }
    return { gatewayRefundId: outcome.refundId, state: outcome.outcome === 'pending' ? 'pending' : 'made' };
  }

  /**
   * Read by Xendit's refund id. Without one (the first answer never arrived) there is
   * nothing to look up: `null`, and the core sends the same key again, which answers it.
   */
  async findRefund(payment: PaymentReference, _refundKey: string, gatewayRefundId?: string): Promise<RecordedRefund | null> {
    if (!gatewayRefundId) return null;
    const outcome = await this.xendit.fetchRefund(payment, gatewayRefundId);
    if (!outcome) return null;
    if (outcome.outcome === 'pending') return { amount: outcome.amount, state: 'pending' };
    if (outcome.outcome === 'failed') return { amount: outcome.amount, state: 'failed', failureReason: `Xendit: ${outcome.failureReason}` };
    return { amount: outcome.amount };
  }
}
