import type { OperatorService } from '../operators/operator-service.js';
import type { OperatorDesk } from '../payments/operator-desk.js';
import type { PaymentService } from '../payments/payment-service.js';
import type { OperatorSessionContext } from './operator-session.js';
import type { ClientPaymentConfig } from './payment-config.js';
import type { ClientLimits } from './client-limits.js';
import type { OrderStatusBus } from './pubsub.js';
import type { Logger } from '../payments/ports.js';

export interface GraphQLContext {
  payments: PaymentService;
  bus: OrderStatusBus;
  paymentConfig: ClientPaymentConfig;
  /** The calling client's rate limits; absent for in-process calls (executeOperation). */
  limits?: ClientLimits;
  desk: OperatorDesk;
  operators: OperatorService;
  /** The caller's operator session; absent for in-process calls. */
  session?: OperatorSessionContext;
  /** X-Request-Id of the HTTP request (http/request-id.ts); absent over WebSocket and in-process. */
  requestId?: string;
  /** The app's logger with requestId on every line; absent where requestId is. */
  logger?: Logger;
}
