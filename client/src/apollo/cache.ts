import { InMemoryCache } from '@apollo/client';
import { createVersionMerges } from './newest-version';

/**
 * Orders have no `id`; `orderId` identifies them. Normalising on it lets an
 * `orderStatusChanged` event update the `order` query's result in place, so a page
 * that queried first and then subscribed re-renders with the new status.
 */
export function createCache(): InMemoryCache {
  // Of two views of an order, the cache keeps the higher version (newest-version.ts).
  const versions = createVersionMerges();
  return new InMemoryCache({
    typePolicies: {
      Order: { keyFields: ['orderId'], merge: versions.order, fields: { version: { merge: versions.takeIncoming } } },
      // Instructions belong to their order; they have no identity of their own.
      PaymentInstructions: { keyFields: false },
      OrderItem: { keyFields: false },
      // The operator desk: an AdminOrder is its order, so an adminOrderEvents event
      // updates the orders table's row and the order page alike.
      AdminOrder: {
        keyFields: ['order', ['orderId']],
        // An older event does not step the page back: its lists are kept with the order.
        merge: versions.adminOrder,
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
