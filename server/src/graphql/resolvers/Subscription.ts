import type { SubscriptionResolvers } from '../__generated__/resolvers-types.js';
import { limitedLookup } from '../client-limits.js';
import type { GraphQLContext } from '../context.js';
import type { Order } from '../../payments/order.js';
import { requireOperator } from '../operator-session.js';

export const Subscription: SubscriptionResolvers = {
  orderStatusChanged: {
    // An async function, not a generator: a wrong token fails the subscription at once
    // (graphql-ws `error`), before anything is streamed.
    subscribe: async (_root, { orderId, accessToken }, { payments, bus, limits }: GraphQLContext) => {
      // Listen first, then read: a change landing between the two is in the iterator,
      // and the version check below drops what the read already showed.
      const changes = await bus.changesOf(orderId);
      try {
        const current = await limitedLookup(limits, () => payments.findOrder(orderId, accessToken));
        return currentThenChanges(current, changes);
      } catch (error) {
        await changes.return?.();
        throw error;
      }
    },
    resolve: (order: Order) => order,
  },
  adminOrderEvents: {
    // With an order id, that order's topic only: an open order page costs nothing when
    // other orders change (each event runs the page's history and log reads).
    subscribe: async (_root, { orderId }, { bus, session }: GraphQLContext) => {
      await requireOperator(session);
      return orderId ? bus.changesOf(orderId) : bus.allChanges();
    },
    resolve: (order: Order) => order,
  },
};

async function* currentThenChanges(current: Order, changes: AsyncIterableIterator<Order>) {
  try {
    yield current;
    let seen = current.version;
    for await (const order of changes) {
      if (order.version <= seen) continue;
      seen = order.version;
      yield order;
    }
  } finally {
    await changes.return?.();
  }
}
