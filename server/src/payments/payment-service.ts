// createPayment and order look-ups. Resolvers call these and nothing else.
import { validateCheckout, type CheckoutInput } from './checkout-input.js';
import { GatewayError, orderNotFound, PaymentError } from './errors.js';
import type { Order } from './order.js';
import type { OrderChangeService } from './order-change-service.js';
import { withoutAccessToken, type Clock, type Logger, type OrderRepository, type PaymentGateway, type ProductRepository } from './ports.js';
import { priceCart } from './pricing.js';
import { accessTokenMatches, hashAccessToken, newAccessToken, newOrderId } from './secrets.js';

export interface CreatePaymentResult {
  order: Order;
  snapToken: string;
  redirectUrl: string;
  accessToken: string;
}

export interface PaymentServiceDeps {
  products: ProductRepository;
  orders: OrderRepository;
  gateway: PaymentGateway;
  changes: OrderChangeService;
  clock: Clock;
  logger: Logger;
  /** The shop's public URL; Midtrans's finish redirect goes to its /payment/finish. */
  publicAppUrl: string;
}

export class PaymentService {
  constructor(private readonly deps: PaymentServiceDeps) {}

  async createPayment(input: CheckoutInput): Promise<CreatePaymentResult> {
    const { products, orders, gateway, clock, logger } = this.deps;
    const checkout = validateCheckout(input);
    const catalog = await products.findByIds(checkout.items.map((item) => item.productId));
    const { items, grossAmount } = priceCart(checkout.items, catalog);

    const now = clock.now();
    const accessToken = newAccessToken();
    const order: Order = {
      orderId: newOrderId(now),
      status: 'pending',
      grossAmount,
      items,
      customer: checkout.customer,
      refundedAmount: 0,
      version: 0,
      statusHistory: [{ status: 'pending', at: now, source: 'createPayment' }],
      createdAt: now,
      updatedAt: now,
    };
    // Stored before Midtrans hears of it, so a notification can never arrive for an
    // order we don't have.
    await orders.insert({ ...order, accessTokenHash: hashAccessToken(accessToken) });

    const finishUrl = `${this.deps.publicAppUrl}/payment/finish?access_token=${encodeURIComponent(accessToken)}`;
    try {
      const session = await gateway.createSession({
        orderId: order.orderId,
        grossAmount,
        items,
        customer: checkout.customer,
        finishUrl,
      });
      await orders.attachSnapSession(order.orderId, session);
      return {
        order: { ...order, snapToken: session.token, redirectUrl: session.redirectUrl },
        snapToken: session.token,
        redirectUrl: session.redirectUrl,
        accessToken,
      };
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      logger.warn('Midtrans refused or failed to open a Snap session', {
        orderId: order.orderId,
        kind: error.kind,
        error: error.message,
      });
      // The shopper has no token to pay with, so the order must not look payable.
      await this.deps.changes.markGatewayFailure(order.orderId, error.kind);
      throw new PaymentError(
        'PAYMENT_GATEWAY_ERROR',
        error.kind === 'timeout' || error.kind === 'unreachable'
          ? 'The payment provider did not answer. Nothing was charged; please try again in a moment.'
          : 'The payment provider could not start this payment. Nothing was charged; please try again.',
      );
    }
  }

  /** The order if the token opens it; otherwise ORDER_NOT_FOUND either way. */
  async findOrder(orderId: string, accessToken: string): Promise<Order> {
    const stored = await this.deps.orders.findById(orderId);
    if (!stored || !accessTokenMatches(accessToken, stored.accessTokenHash)) throw orderNotFound();
    return withoutAccessToken(stored);
  }

  listProducts() {
    return this.deps.products.list();
  }
}
