import type { ChaosStore, DeliveryChaos } from '../../kit/chaos.js';
import type { SimClock } from '../../kit/clock.js';
import type { FaultStore } from '../../kit/faults.js';
import type { Notifier } from '../../kit/delivery/notifier.js';
import type { XenditStore } from './store.js';

// Everything Xendit's routers and engine share; built once per simulator in index.ts. The clock
// is the simulator's one clock (advancing it moves Midtrans and Xendit alike); the notifier,
// chaos and faults are Xendit's own.

export interface XenditSettings {
  secretKey: string;
  callbackToken: string;
  callbackUrls: string[];
  notifyExpired: boolean;
  callbackTimeoutMs: number;
  businessId: string;
  merchantName: string;
}

/** Xendit's chaos: the delivery knobs, plus a wrong `x-callback-token`. */
export interface XenditChaos extends DeliveryChaos {
  wrongToken?: boolean;
}

export const XENDIT_FAULT_ROUTES = [
  'xendit.invoice.create',
  'xendit.invoice.get',
  'xendit.invoice.list',
  'xendit.invoice.expire',
  'xendit.refund.create',
  'xendit.refund.get',
] as const;
export type XenditFaultRoute = (typeof XENDIT_FAULT_ROUTES)[number];

/** How the next refunds end (`PUT /sim/v1/xendit/refunds/outcome`). */
export interface RefundOutcome {
  status: 'SUCCEEDED' | 'FAILED';
  failureCode: string | null;
  /** Simulated seconds a refund stays PENDING. */
  delaySeconds: number;
}

export interface XenditContext {
  settings: XenditSettings;
  store: XenditStore;
  clock: SimClock;
  notifier: Notifier;
  chaos: ChaosStore<XenditChaos>;
  faults: FaultStore<XenditFaultRoute>;
  refundOutcome: RefundOutcome;
  publicUrl(): string;
  log(line: string): void;
}
