import type { PaymentConfig } from './__generated__/resolvers-types.js';
import type { PaymentService } from '../payments/payment-service.js';
import type { ClientLimits } from './client-limits.js';
import type { OrderStatusBus } from './pubsub.js';

export interface GraphQLContext {
  payments: PaymentService;
  bus: OrderStatusBus;
  paymentConfig: PaymentConfig;
  /** The calling client's rate limits; absent for in-process calls (executeOperation). */
  limits?: ClientLimits;
}
