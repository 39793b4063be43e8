import type { Router } from 'express';
import { ChaosStore } from '../kit/chaos.js';
import type { SimClock } from '../kit/clock.js';
import { FaultStore } from '../kit/faults.js';
import { Notifier } from '../kit/delivery/notifier.js';
import { splitUrls } from '../kit/util/urls.js';
import { createXenditApiRouter } from './http/api-router.js';
import type { XenditChaos, XenditContext, XenditFaultRoute } from './engine/context.js';
import { XENDIT_SIMULATOR_DEFAULTS } from './defaults.js';
import type { XenditOptions } from './options.js';
import { callbackHeaders } from './engine/callbacks.js';
import { createXenditDriverRouter } from './http/driver-router.js';
import { createXenditPageRouter } from './http/page-router.js';
import { XENDIT_RETRY_SCHEDULE } from './rules/retry-schedule.js';
import { XenditStore } from './engine/store.js';

export { XENDIT_SIMULATOR_DEFAULTS } from './defaults.js';
export type { XenditOptions } from './options.js';

export interface SharedParts {
  clock: SimClock;
  retryTimeScale: () => number;
  publicUrl: () => string;
  merchantName: string;
  log: (line: string) => void;
}

export interface XenditGateway {
  ctx: XenditContext;
  /** Mount at /xendit: the hosted page (no auth) before the API (Basic auth). */
  page: Router;
  api: Router;
  /** Mount at /sim/v1/xendit, behind the driver lock-down. */
  driver: Router;
  reset(): void;
  stop(): void;
}

export function createXenditGateway(options: XenditOptions, shared: SharedParts): XenditGateway {
  const d = XENDIT_SIMULATOR_DEFAULTS;
  const chaos = new ChaosStore<XenditChaos>();
  let ctx: XenditContext;
  const notifier = new Notifier({
    retryTimeScale: shared.retryTimeScale,
    timeoutMs: options.callbackTimeoutMs ?? d.callbackTimeoutMs,
    chaos,
    schedule: XENDIT_RETRY_SCHEDULE,
    headers: (_event, c) => callbackHeaders(ctx, c as XenditChaos),
    log: shared.log,
  });
  ctx = {
    settings: {
      secretKey: options.secretKey || d.secretKey,
      callbackToken: options.callbackToken || d.callbackToken,
      callbackUrls: splitUrls(options.callbackUrl ?? d.callbackUrl),
      notifyExpired: options.notifyExpired ?? d.notifyExpired,
      callbackTimeoutMs: options.callbackTimeoutMs ?? d.callbackTimeoutMs,
      businessId: d.businessId,
      merchantName: shared.merchantName,
    },
    store: new XenditStore(),
    clock: shared.clock,
    notifier,
    chaos,
    faults: new FaultStore<XenditFaultRoute>(),
    refundOutcome: { status: 'SUCCEEDED', failureCode: null, delaySeconds: 0 },
    publicUrl: shared.publicUrl,
    log: shared.log,
  };
  return {
    ctx,
    page: createXenditPageRouter(ctx),
    api: createXenditApiRouter(ctx),
    driver: createXenditDriverRouter(ctx),
    reset() {
      ctx.store.reset();
      ctx.notifier.reset();
      ctx.chaos.reset();
      ctx.faults.reset();
      ctx.refundOutcome = { status: 'SUCCEEDED', failureCode: null, delaySeconds: 0 };
    },
    stop() {
      ctx.notifier.stop();
    },
  };
}
