// Which order statuses hold stock. Checkout reserves the items, so an order holds its
// stock from createPayment on; payment keeps it (the reservation becomes the sale).
// Expiry, cancellation and failure give it back. A full refund restocks the items; a
// partial refund does not, since it does not say which items came back.
// A card denial gives the stock back too: the shopper may retry in the same Snap
// session, and a retry takes the stock again if there is still some (otherwise a paid
// retry is recorded as OVERSOLD for a person to sort out).
import type { OrderStatus } from './order-status.js';

const HOLDING: ReadonlySet<OrderStatus> = new Set(['pending', 'paid', 'partially_refunded']);

export function holdsStock(status: OrderStatus): boolean {
  return HOLDING.has(status);
}

/** Stock move ids: one per order, version and product, so each move happens once. */
export const stockMoveId = (orderId: string, version: number | 'void', productId: string) => `${orderId}#${version}:${productId}`;
