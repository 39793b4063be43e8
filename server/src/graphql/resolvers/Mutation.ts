import type { MutationResolvers } from '../__generated__/resolvers-types.js';

export const Mutation: MutationResolvers = {
  createPayment: (_root, { input }, { payments }) =>
    payments.createPayment({
      items: input.items.map((item) => ({ productId: item.productId, quantity: item.quantity })),
      customer: {
        name: input.customer.name,
        email: input.customer.email,
        ...(input.customer.phone ? { phone: input.customer.phone } : {}),
      },
    }),
};
