import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { limitedLookup } from '../client-limits.js';

export const Query: QueryResolvers = {
  products: (_root, _args, { payments }) => payments.listProducts(),
  order: (_root, { orderId, accessToken }, { payments, limits }) =>
    limitedLookup(limits, () => payments.findOrder(orderId, accessToken)),
  paymentConfig: (_root, _args, { paymentConfig }) => paymentConfig,
};
