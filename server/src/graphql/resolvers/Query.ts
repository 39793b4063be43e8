import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { afterOrder, anomalyCursor, beforeAnomaly, orderCursor, orderFilter, pageSize } from '../admin-cursors.js';
import { limitedLookup } from '../client-limits.js';
import { requireOperator } from '../operator-session.js';

export const Query: QueryResolvers = {
  products: (_root, _args, { payments }) => payments.listProducts(),
  order: (_root, { orderId, accessToken }, { payments, limits }) => limitedLookup(limits, () => payments.findOrder(orderId, accessToken)),
  paymentConfig: (_root, _args, { paymentConfig }) => paymentConfig,

  me: async (_root, _args, { session }) => (await session?.operator()) ?? null,
  adminOrders: async (_root, { filter, first, after }, { desk, session }) => {
    await requireOperator(session);
    const page = await desk.orders(orderFilter(filter), pageSize(first, 25), afterOrder(after));
    const edges = page.orders.map((order) => ({ cursor: orderCursor(order.createdAt, order.orderId), node: order }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  },
  adminOrder: async (_root, { orderId }, { desk, session }) => {
    await requireOperator(session);
    return desk.order(orderId);
  },
  adminAnomalies: async (_root, { first, after }, { desk, session }) => {
    await requireOperator(session);
    const size = pageSize(first, 50);
    const found = await desk.anomalies(size + 1, beforeAnomaly(after));
    const edges = found.slice(0, size).map((anomaly) => ({ cursor: anomalyCursor(anomaly.at), node: anomaly }));
    return { edges, pageInfo: { hasNextPage: found.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};
