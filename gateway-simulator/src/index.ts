import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { ChaosStore } from './midtrans/chaos.js';
import { FaultStore } from './midtrans/faults.js';
import { SimClock } from './kit/clock.js';
import type { SimContext } from './midtrans/engine/context.js';
import { NOTIFICATION_HEADERS } from './midtrans/notifications/headers.js';
import { Notifier } from './kit/delivery/notifier.js';
import { MIDTRANS_RETRY_SCHEDULE } from './midtrans/notifications/retry-policy.js';
import { resolveOptions } from './midtrans/options.js';
import type { SimulatorOptions } from './options.js';
import { Store } from './midtrans/store/store.js';
import { createXenditGateway } from './xendit/index.js';

export type { SimulatorOptions } from './options.js';
export { signatureKey, verifySignature } from './midtrans/rules/signature.js';
export { DEFAULT_SERVER_KEY, DEFAULT_CLIENT_KEY } from './midtrans/defaults.js';
export { XENDIT_SIMULATOR_DEFAULTS, type XenditOptions } from './xendit/index.js';

export interface Simulator {
  start(port?: number, host?: string): Promise<{ url: string }>;
  /** Closes the server and cancels pending retries and timers. */
  stop(): Promise<void>;
  readonly url: string;
  /** Same as POST /sim/v1/reset. */
  reset(): void;
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const opts = resolveOptions(options);
  const log = (line: string) => {
    if (!opts.quiet) console.log(line);
  };
  const chaos = new ChaosStore();
  const clock = new SimClock();
  let server: Server | undefined;
  let url = '';

  const ctx: SimContext = {
    opts,
    store: new Store(),
    clock,
    chaos,
    faults: new FaultStore(),
    notifier: new Notifier({
      retryTimeScale: () => opts.retryTimeScale,
      timeoutMs: opts.notificationTimeoutMs,
      chaos,
      schedule: MIDTRANS_RETRY_SCHEDULE,
      headers: () => NOTIFICATION_HEADERS,
      log,
    }),
    publicUrl: () => opts.publicUrl ?? url,
    log,
  };
  const xendit = createXenditGateway(options.xendit ?? {}, {
    clock,
    retryTimeScale: () => opts.retryTimeScale,
    publicUrl: ctx.publicUrl,
    merchantName: opts.merchantName,
    log,
  });
  const reset = () => {
    xendit.reset();
    ctx.store.reset();
    ctx.clock.reset();
    ctx.notifier.reset();
    ctx.chaos.reset();
    ctx.faults.reset();
  };
  const app = buildApp(ctx, xendit, reset);

  return {
    get url() {
      return url;
    },
    reset,
    start(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const s = app.listen(port, host, (err?: Error) => {
          if (err) return reject(err);
          const addr = s.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
          url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${addr.port}`;
          resolve({ url });
        });
        s.on('error', reject);
        server = s;
      });
    },
    async stop() {
      ctx.notifier.stop();
      xendit.stop();
      ctx.clock.reset();
      const s = server;
      server = undefined;
      if (!s) return;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    },
  };
}
