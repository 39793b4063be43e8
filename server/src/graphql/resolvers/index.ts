import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { Query } from './Query.js';
import { Subscription } from './Subscription.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  Order,
  // Internal values: GraphQL's PAID is the 'paid' stored in MongoDB.
  OrderStatus: {
    PENDING: 'pending',
    PAID: 'paid',
    FAILED: 'failed',
    EXPIRED: 'expired',
    CANCELLED: 'cancelled',
    REFUNDED: 'refunded',
    PARTIALLY_REFUNDED: 'partially_refunded',
  },
  MidtransMode: { SIMULATOR: 'simulator', SANDBOX: 'sandbox', PRODUCTION: 'production' },
};
