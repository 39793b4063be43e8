import type { OrderResolvers } from '../__generated__/resolvers-types.js';

export const Order: OrderResolvers = {
  paymentInstructions: (order) => order.instructions ?? null,
  createdAt: (order) => order.createdAt.toISOString(),
  updatedAt: (order) => order.updatedAt.toISOString(),
};
