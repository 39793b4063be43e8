import { MIDTRANS_MODES } from '../../gateway/registry.js';
import { PAYMENT_GATEWAY_NAMES } from '../../payments/gateway-name.js';
import { ORDER_STATUSES } from '../../payments/order-status.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AdminOrder, NotificationLogEntry, PaymentAnomaly, Refund, StatusChange } from './AdminOrder.js';
import { Mutation } from './Mutation.js';
import { Order } from './Order.js';
import { Query } from './Query.js';
import { Subscription } from './Subscription.js';

/** GraphQL's PAID is the 'paid' stored in MongoDB: enum names are the values upper-cased. */
const upperCased = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as { [K in T as Uppercase<K>]: K };

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  Order,
  AdminOrder,
  StatusChange,
  NotificationLogEntry,
  Refund,
  PaymentAnomaly,
  OrderStatus: upperCased(ORDER_STATUSES),
  MidtransMode: upperCased(MIDTRANS_MODES),
  PaymentGateway: upperCased(PAYMENT_GATEWAY_NAMES),
  CreatePaymentPayload: {
    snapToken: (payment) => payment.clientToken ?? null,
  },
};
