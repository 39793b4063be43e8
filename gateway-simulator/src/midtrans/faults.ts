import { FaultStore as KitFaultStore, parseFault as parseKitFault, type Fault } from '../kit/faults.js';

// Midtrans's fault routes (`PUT /sim/v1/faults`); answered in its error shapes by http/faults.ts.

/** Route names a fault can target. */
export const FAULT_ROUTES = [
  'snap.create',
  'snap.page',
  'snap.charge',
  'core.status',
  'core.cancel',
  'core.expire',
  'core.approve',
  'core.deny',
  'core.refund',
  'core.refund_direct',
  'core.charge',
  'core.token',
  'core.card_register',
  'core.point_inquiry',
  'core.pay_account',
  'core.subscriptions',
] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

export type MidtransFault = Fault<FaultRoute>;
export const parseFault = (body: unknown): MidtransFault => parseKitFault(body, FAULT_ROUTES);
export class FaultStore extends KitFaultStore<FaultRoute> {}
