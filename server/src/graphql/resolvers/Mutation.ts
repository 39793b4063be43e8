import type { MutationResolvers } from '../__generated__/resolvers-types.js';

export const Mutation: MutationResolvers = {
  createPayment: async (_root, { input }, { payments, limits }) => {
    await limits?.beforeCreatePayment();
    return payments.createPayment({
      items: input.items.map((item) => ({ productId: item.productId, quantity: item.quantity })),
      customer: {
        name: input.customer.name,
        email: input.customer.email,
        ...(input.customer.phone ? { phone: input.customer.phone } : {}),
      },
    });
  },
};
