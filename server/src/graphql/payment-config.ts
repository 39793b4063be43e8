import type { MidtransMode } from '../gateway/midtrans/mode.js';

/** What the shop needs to open Snap: public values only (the PaymentConfig type). */
export interface ClientPaymentConfig {
  mode: MidtransMode;
  clientKey: string;
  snapJsUrl: string;
}
