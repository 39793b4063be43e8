// The three real processes of a chaos run, each on its own loopback port: a temporary
// FerretDB (its own data directory), the Midtrans simulator and the API. The run kills
// the API and the database with SIGKILL mid-burst and starts them again on the same
// port (and, for the database, the same data directory), as a crash and a restart would.
import { freePort, startFerretDB, type RunningService } from '@lunas/dev-services';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NodeService, sleep, waitFor } from './node-service.js';

/** The simulator's default keys: local, documented values (gateway-simulator/README.md). */
export const SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';
/** The run's operator, created by the API at its first start (desk refunds). */
export const OPERATOR = { email: 'chaos@lunas.example', password: 'chaos-run-operator-password' };

export interface StackOptions {
  /** Multiplies the simulator's retry delays (1 = Midtrans's real 2/10/30/90/210 min). */
  retryTimeScale: number;
  /** SNAP_EXPIRY_MINUTES for the API, when the run wants Snap tokens to lapse. */
  snapExpiryMinutes?: number;
  /** Preload trace-db.mjs into the API (see there). */
  traceDb?: boolean;
}

export class Stack {
  readonly dir: string;
  readonly dataDir: string;
  private ferret: RunningService | undefined;
  dbPort = 0;
  dbUri = '';
  dbStarts = 0;
  apiUrl = '';
  simulatorUrl = '';
  api: NodeService | undefined;
  simulator: NodeService | undefined;

  constructor(private readonly options: StackOptions) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'lunas-chaos-'));
    this.dataDir = path.join(this.dir, 'ferretdb');
  }

  async start(): Promise<void> {
    this.dbPort = await freePort();
    await this.startDb();
    const [apiPort, simulatorPort] = [await freePort(), await freePort()];
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
    this.simulatorUrl = `http://127.0.0.1:${simulatorPort}`;

    // Nothing from the caller's environment that could point a process elsewhere.
    const base = { ...process.env };
    for (const key of Object.keys(base)) {
      if (
        /^(MONGODB_|MIDTRANS_|XENDIT_|PAYMENT_GATEWAYS$|SIMULATOR_|REDIS_|RATE_LIMIT_|RECONCILE_|SNAP_|ADMIN_|PORT$|HOST$|NODE_ENV$)/.test(
          key,
        )
      )
        delete base[key];
    }
    this.simulator = new NodeService(
      'simulator',
      ['gateway-simulator/src/cli.ts', 'start'],
      {
        ...base,
        SIMULATOR_PORT: String(simulatorPort),
        SIMULATOR_HOST: '127.0.0.1',
        MIDTRANS_NOTIFICATION_URL: `${this.apiUrl}/api/payments/notification`,
        XENDIT_CALLBACK_URL: `${this.apiUrl}/api/payments/xendit/notification`,
        SIMULATOR_RETRY_TIME_SCALE: String(this.options.retryTimeScale),
        SIMULATOR_QUIET: '1',
      },
      path.join(this.dir, 'simulator.log'),
      `${this.simulatorUrl}/sim/v1/health`,
    );
    const unlimited = '100000/1m';
    this.api = new NodeService(
      'api',
      ['server/src/main.ts'],
      {
        ...base,
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        MONGODB_URI: this.dbUri,
        MIDTRANS_MODE: 'simulator',
        MIDTRANS_SIMULATOR_URL: this.simulatorUrl,
        // Midtrans stays the default (the burst's checkouts); Xendit orders name their gateway.
        PAYMENT_GATEWAYS: 'midtrans,xendit',
        XENDIT_MODE: 'simulator',
        XENDIT_SIMULATOR_URL: `${this.simulatorUrl}/xendit`,
        RATE_LIMIT_CREATE_PAYMENT: unlimited,
        RATE_LIMIT_ORDER_LOOKUP_FAILURES: unlimited,
        RATE_LIMIT_WEBHOOK: unlimited,
        RATE_LIMIT_WEBHOOK_FAILURES: unlimited,
        WS_MAX_SOCKETS_PER_IP: '1000',
        RECONCILE_INTERVAL_S: '2',
        RECONCILE_AFTER_S: '1',
        // Paid orders too: a refund or void whose notifications were all lost is found by asking.
        RECONCILE_PAID_EVERY_S: '1',
        ADMIN_EMAIL: OPERATOR.email,
        ADMIN_PASSWORD: OPERATOR.password,
        ...(this.options.snapExpiryMinutes ? { SNAP_EXPIRY_MINUTES: String(this.options.snapExpiryMinutes) } : {}),
        ...(this.options.traceDb
          ? { NODE_OPTIONS: `${base.NODE_OPTIONS ?? ''} --import=${new URL('./trace-db.mjs', import.meta.url).href}`.trim() }
          : {}),
      },
      path.join(this.dir, 'api.log'),
      `${this.apiUrl}/healthz`,
    );
    await Promise.all([this.simulator.start(), this.api.start()]);
  }

  private async startDb(): Promise<void> {
    this.ferret = await startFerretDB({ port: this.dbPort, dataDir: this.dataDir, quiet: true });
    this.dbUri = `${this.ferret.uri.replace(/\/?$/, '/')}lunas`;
    this.dbStarts++;
  }

  async killDb(): Promise<void> {
    const pid = this.ferret?.pid;
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // stop() resolves once the process is gone; bounded in case its exit was already seen.
    if (this.ferret) await Promise.race([this.ferret.stop(), sleep(5_000)]);
    this.ferret = undefined;
  }

  /** Same port, same data directory: the API must find it again by itself. */
  async restartDb(): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        return await this.startDb();
      } catch (error) {
        // The port can take a moment to be free again after a kill.
        if (Date.now() > deadline) throw error;
        await sleep(250);
      }
    }
  }

  /** Waits until the API says its database answers again (GET /healthz). */
  async waitApiHealthy(timeoutMs: number): Promise<void> {
    await waitFor(`${this.apiUrl}/healthz`, 'api', this.api?.child, timeoutMs);
  }

  async stop(): Promise<void> {
    await Promise.all([this.api?.stop(), this.simulator?.stop()]);
    await this.ferret?.stop();
    this.ferret = undefined;
  }

  /** Synchronous cleanup for process exit: kill what is left, remove the temp dir. */
  killNowAndClean(keepDir: boolean): void {
    this.api?.killNow();
    this.simulator?.killNow();
    if (this.ferret?.pid) {
      try {
        process.kill(this.ferret.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (!keepDir) rmSync(this.dir, { recursive: true, force: true });
  }
}
