// The Xendit adapter as the core's PaymentGateway: checkout, status and cancel go
// straight to XenditGateway. Refunds through Xendit are not wired yet (their outcome
// arrives later, by callback or GET /refunds/{id}, which the core's refund port cannot
// take yet): they are refused before anything is sent, so no money moves.
import { GatewayError } from '../../payments/errors.js';
import type { PaymentReference } from '../../payments/order.js';
import type { CheckoutRequest, CheckoutSession, PaymentGateway } from '../../payments/ports.js';
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

  refund(): Promise<void> {
    return Promise.reject(notYet());
  }

  findRefund(): Promise<{ amount: number } | null> {
    return Promise.resolve(null);
  }
}

const notYet = () =>
  new GatewayError('refunds through Xendit are not wired into Lunas yet; nothing was sent', 'rejected', undefined, 'not_allowed');
