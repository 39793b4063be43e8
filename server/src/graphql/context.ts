import type { PaymentConfig } from './__generated__/resolvers-types.js';
import type { OperatorService } from '../operators/operator-service.js';
import type { OperatorDesk } from '../payments/operator-desk.js';
import type { PaymentService } from '../payments/payment-service.js';
import type { OperatorSessionContext } from './operator-session.js';
import type { ClientLimits } from './client-limits.js';
import type { OrderStatusBus } from './pubsub.js';

export interface GraphQLContext {
  payments: PaymentService;
  bus: OrderStatusBus;
  paymentConfig: PaymentConfig;
  /** The calling client's rate limits; absent for in-process calls (executeOperation). */
  limits?: ClientLimits;
  desk: OperatorDesk;
  operators: OperatorService;
  /** The caller's operator session; absent for in-process calls. */
  session?: OperatorSessionContext;
}
