import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireOperator } from '../operator-session.js';

export const Mutation: MutationResolvers = {
  createPayment: async (_root, { input }, { payments, limits }) => {
    await limits?.beforeCreatePayment();
    return payments.createPayment(
      {
        items: input.items.map((item) => ({ productId: item.productId, quantity: item.quantity })),
        customer: {
          name: input.customer.name,
          email: input.customer.email,
          ...(input.customer.phone ? { phone: input.customer.phone } : {}),
        },
      },
      input.gateway ?? undefined,
    );
  },

  signIn: async (_root, { email, password }, { operators, session }) => {
    const { operator, token, expiresAt } = await operators.signIn(email, password, session?.ip ?? 'in-process');
    session?.start(token, expiresAt);
    return operator;
  },
  signOut: async (_root, _args, { operators, session }) => {
    await operators.signOut(session?.token);
    session?.end();
    return true;
  },
  signOutEverywhere: async (_root, _args, { operators, session }) => {
    const operator = await requireOperator(session);
    const ended = await operators.signOutEverywhere(operator);
    session?.end();
    return ended;
  },
  refundPayment: async (_root, { input }, { desk, session }) => {
    const operator = await requireOperator(session);
    return desk.refund(input, operator.email);
  },
  cancelPayment: async (_root, { orderId }, { desk, session }) => {
    await requireOperator(session);
    return desk.cancel(orderId);
  },
  reconcileOrder: async (_root, { orderId }, { desk, session }) => {
    await requireOperator(session);
    return desk.reconcile(orderId);
  },
};
