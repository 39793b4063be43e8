import { InMemoryCache } from '@apollo/client';

/**
 * Orders have no `id`; `orderId` identifies them. Normalising on it lets an
 * `orderStatusChanged` event update the `order` query's result in place, so a page
 * that queried first and then subscribed re-renders with the new status.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // The cache keeps the last view written (a type's merge function is not called for
      // normalised entities); pages that meet two views pick the higher version
      // (payments/newest-order.ts).
      Order: { keyFields: ['orderId'] },
      // Instructions belong to their order; they have no identity of their own.
      PaymentInstructions: { keyFields: false },
      OrderItem: { keyFields: false },
      // The operator desk: an AdminOrder is its order, so an adminOrderEvents event
      // updates the orders table's row and the order page alike.
      AdminOrder: {
        keyFields: ['order', ['orderId']],
        // The API always sends these lists whole: the newest answer replaces the last.
        fields: {
          statusHistory: { merge: false },
          notifications: { merge: false },
          refunds: { merge: false },
          anomalies: { merge: false },
        },
      },
      Customer: { keyFields: false },
      StatusChange: { keyFields: false },
      Refund: { keyFields: ['refundKey'] },
    },
  });
}
