// createPayment and order look-ups. Resolvers call these and nothing else.
import { validateCheckout, type CheckoutInput } from './checkout-input.js';
import { badInput, GatewayError, orderNotFound, outOfStock, PaymentError, type StockShortage } from './errors.js';
import type { Order, OrderItem } from './order.js';
import {
  withoutAccessToken,
  type Clock,
  type Logger,
  type OpenOrders,
  type OrderEvents,
  type OrderRepository,
  type PaymentGateway,
  type ProductCatalog,
  type StockLedger,
  type StoredOrder,
} from './ports.js';
import type { PaymentGatewayName } from './gateway-name.js';
import { priceCart } from './pricing.js';
import { accessTokenMatches, hashAccessToken, hashClientToken, newAccessToken, newOrderId } from './secrets.js';
import { stockMoveId } from './stock-policy.js';

export interface CreatePaymentResult {
  order: Order;
  gateway: PaymentGatewayName;
  /** The gateway's widget token, for a gateway that has one. */
  clientToken?: string;
  redirectUrl: string;
  accessToken: string;
}

export interface PaymentServiceDeps {
  catalog: ProductCatalog;
  stock: StockLedger;
  orders: OrderRepository;
  openOrders: OpenOrders;
  events: OrderEvents;
  gateway: PaymentGateway;
  clock: Clock;
  logger: Logger;
  /** The shop's public URL; the gateway's page sends the shopper back to its result pages. */
  publicAppUrl: string;
  /** The enabled gateways, the default (for a checkout that names none) first. */
  gateways: readonly PaymentGatewayName[];
  /**
   * How long a checkout holds its stock with no payment begun: the hosted checkout starts
   * no payment after it, and the reconciler then expires the order and returns its stock.
   */
  checkoutHoldMinutes: number;
  /** Units of one product per order (validateCheckout). */
  maxQuantityPerItem: number;
}

/**
 * A checkout still unfinished after this long is given up by the reconciler (its stock
 * returned), so one that gets here that late must not store its order.
 */
export const ABANDONED_CHECKOUT_MS = 60_000;
const LATE_CHECKOUT_MS = ABANDONED_CHECKOUT_MS / 2;

export class PaymentService {
  constructor(private readonly deps: PaymentServiceDeps) {}

  private get holdMinutes(): number {
    return this.deps.checkoutHoldMinutes;
  }

  async createPayment(input: CheckoutInput, gatewayName?: PaymentGatewayName): Promise<CreatePaymentResult> {
    const { catalog, orders, openOrders, gateway, clock, logger } = this.deps;
    const checkout = validateCheckout(input, this.deps.maxQuantityPerItem);
    const chosen = gatewayName ?? this.deps.gateways[0]!;
    if (!this.deps.gateways.includes(chosen)) {
      throw badInput([{ field: 'gateway', message: `is not enabled here; choose one of ${this.deps.gateways.join(', ')}` }]);
    }
    const products = await catalog.findByIds(checkout.items.map((item) => item.productId));
    const { items, grossAmount } = priceCart(checkout.items, products);

    const now = clock.now();
    const orderId = newOrderId(now);
    const accessToken = newAccessToken();
    // The working-set entry comes before any stock is taken: if this process dies
    // anywhere below, the reconciler finds the entry and gives the stock back.
    await openOrders.open({ orderId, openedAt: now, items });
    await this.reserve(orderId, items);

    // 'unsure' once the order's insert was sent: if it fails, the order may still have
    // landed (a lost answer), and giving its stock back would leave a stored order with
    // no reservation. The working-set entry stays; the reconciler, once the checkout is
    // old enough, looks for the order and gives the stock back only if it is not there.
    let stored: 'no' | 'unsure' | 'yes' = 'no';
    try {
      // No access token in them: gateways keep these URLs in their sessions (anyone with
      // the session's token or link reads them back) and append their own ids. The shop's
      // result pages find the order's access token in the browser's own storage, where
      // checkout put it before leaving for the gateway (client/src/payments/access-tokens.ts).
      const session = await gateway.createSession({
        gateway: chosen,
        orderId,
        grossAmount,
        items,
        customer: checkout.customer,
        successUrl: `${this.deps.publicAppUrl}/payment/finish`,
        failureUrl: `${this.deps.publicAppUrl}/payment/failure`,
        lifetimeSeconds: this.holdMinutes * 60,
      });
      if (clock.now().getTime() - now.getTime() > LATE_CHECKOUT_MS) {
        throw new GatewayError('The gateway answered too late; the checkout was given up', 'timeout');
      }
      const order: Order = {
        orderId,
        status: 'pending',
        grossAmount,
        items,
        customer: checkout.customer,
        gateway: chosen,
        gatewayReference: session.reference,
        // The hold's end: the hosted checkout starts no payment after it (lifetimeSeconds above).
        holdEndsAt: new Date(now.getTime() + this.holdMinutes * 60_000),
        refundedAmount: 0,
        version: 0,
        createdAt: now,
        updatedAt: now,
      };
      // Stored once the gateway has a session for it. It cannot notify us of an order
      // before a shopper pays on its page, and the shopper gets the page only below.
      stored = 'unsure';
      const placed: StoredOrder = {
        ...order,
        accessTokenHash: hashAccessToken(accessToken),
        ...(session.clientToken ? { clientTokenHash: hashClientToken(session.clientToken) } : {}),
      };
      await orders.insert(placed);
      stored = 'yes';
      this.deps.events
        .placed(placed)
        .catch((error: unknown) => logger.warn('could not announce a new order to the other instances', { orderId, error: String(error) }));
      // The reservation is version 0's effect. Recorded so the first change finds it by
      // `_id` (on FerretDB a look-up that finds nothing scans the whole collection).
      await orders
        .recordEffects(orderId, 0, { held: Object.fromEntries(items.map((item) => [item.productId, true])) })
        .catch((error: unknown) => logger.warn('could not record the reservation as done', { orderId, error: String(error) }));
      return {
        order,
        gateway: chosen,
        ...(session.clientToken ? { clientToken: session.clientToken } : {}),
        redirectUrl: session.redirectUrl,
        accessToken,
      };
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      logger.warn('the gateway refused or failed to open a checkout session', { orderId, kind: error.kind, error: error.message });
      throw new PaymentError(
        'PAYMENT_GATEWAY_ERROR',
        error.kind === 'timeout' || error.kind === 'unreachable'
          ? 'The payment provider did not answer. Nothing was charged; please try again in a moment.'
          : 'The payment provider could not start this payment. Nothing was charged; please try again.',
      );
    } finally {
      if (stored === 'no') {
        await this.release(orderId, items).catch((error: unknown) =>
          // The working-set entry stays; the reconciler gives the stock back later.
          logger.error('could not give back the stock of a failed checkout', { orderId, error: String(error) }),
        );
      }
    }
  }

  /** Takes every line out of stock, or none: a line that cannot be covered undoes the rest. */
  private async reserve(orderId: string, items: OrderItem[]): Promise<void> {
    const { stock } = this.deps;
    const results = await Promise.all(
      items.map((item) => stock.move(item.productId, stockMoveId(orderId, 0, item.productId), -item.quantity, { fresh: true })),
    );
    const shortages: StockShortage[] = [];
    for (const [i, item] of items.entries()) {
      if (results[i] === 'insufficient') {
        shortages.push({
          productId: item.productId,
          name: item.name,
          requested: item.quantity,
          available: await stock.available(item.productId),
        });
      }
    }
    if (shortages.length === 0) return;
    await this.release(
      orderId,
      items.filter((_, i) => results[i] !== 'insufficient'),
    );
    throw outOfStock(shortages);
  }

  private async release(orderId: string, items: OrderItem[]): Promise<void> {
    await Promise.all(
      items.map((item) => this.deps.stock.move(item.productId, stockMoveId(orderId, 'void', item.productId), item.quantity)),
    );
    this.deps.openOrders.close(orderId);
  }

  /** The order if the token opens it; otherwise ORDER_NOT_FOUND either way. */
  async findOrder(orderId: string, accessToken: string): Promise<Order> {
    const stored = await this.deps.orders.find(orderId);
    if (!stored || !accessTokenMatches(accessToken, stored.accessTokenHash)) throw orderNotFound();
    return withoutAccessToken(stored);
  }

  listProducts() {
    return this.deps.catalog.list();
  }
}
