// The PaymentConfig type's mapper: built once by the gateway registry from config.
export type { ClientPaymentConfig } from '../gateway/registry.js';
