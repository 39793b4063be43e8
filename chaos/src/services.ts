// The three real processes of a chaos run, each on its own loopback port: a temporary
// FerretDB (its own data directory), the Midtrans simulator and the API. The run kills
// the API and the database with SIGKILL mid-burst and starts them again on the same
// port (and, for the database, the same data directory), as a crash and a restart would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** The simulator's default keys: local, documented values (midtrans-simulator/README.md). */
export const SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';

interface FerretDB {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}
type StartFerretDB = (options: { port: number; dataDir: string; quiet?: boolean }) => Promise<FerretDB>;

/**
 * The FerretDB launcher: from the `@lunas/dev-services` package once it exists, else the
 * repository's scripts/ferretdb.mjs it grew out of.
 */
async function ferretLauncher(): Promise<StartFerretDB> {
  const candidates = ['@lunas/dev-services', new URL('../../scripts/ferretdb.mjs', import.meta.url).href];
  for (const specifier of candidates) {
    try {
      const module = (await import(specifier)) as { startFerretDB?: StartFerretDB };
      if (typeof module.startFerretDB === 'function') return module.startFerretDB;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    }
  }
  throw new Error('no FerretDB launcher found (@lunas/dev-services or scripts/ferretdb.mjs)');
}

/** A port the OS says is free right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(url: string, what: string, child: ChildProcess | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${what} exited while starting`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not answering yet
    }
    await sleep(100);
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs} ms`);
}

/** A node process in its own process group, so a kill reaches tsx's child too. */
class NodeService {
  child: ChildProcess | undefined;
  starts = 0;
  /** Exits nobody asked for: a crash of the process itself. */
  unexpectedExits = 0;
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
    private readonly readyUrl: string,
  ) {}

  async start(): Promise<void> {
    const log = openSync(this.logFile, 'a');
    try {
      this.child = spawn(tsx, this.args, { cwd: root, env: this.env, stdio: ['ignore', log, log], detached: true });
    } finally {
      closeSync(log);
    }
    this.stopping = false;
    this.child.once('exit', () => {
      if (!this.stopping) this.unexpectedExits++;
    });
    this.starts++;
    await waitFor(this.readyUrl, this.name, this.child, 60_000);
  }

  /** kill -9 of the whole group, as a crash would. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM', 5_000);
  }

  private async signal(signal: NodeJS.Signals, graceMs = 0): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.stopping = true;
    killGroup(child.pid, signal);
    if (graceMs > 0) {
      const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    } else {
      await Promise.race([exited, sleep(5_000)]);
    }
    // Grandchildren (tsx's node) may outlive the leader by a moment.
    killGroup(child.pid, 'SIGKILL');
  }

  /** Last resort on exit: synchronous, no waiting. */
  killNow(): void {
    this.stopping = true;
    if (this.child?.pid) killGroup(this.child.pid, 'SIGKILL');
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export interface StackOptions {
  /** Multiplies the simulator's retry delays (1 = Midtrans's real 2/10/30/90/210 min). */
  retryTimeScale: number;
  /** SNAP_EXPIRY_MINUTES for the API, when the run wants Snap tokens to lapse. */
  snapExpiryMinutes?: number;
}

export class Stack {
  readonly dir: string;
  readonly dataDir: string;
  private ferret: FerretDB | undefined;
  private startFerret: StartFerretDB | undefined;
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
    this.startFerret = await ferretLauncher();
    this.dbPort = await freePort();
    await this.startDb();
    const [apiPort, simulatorPort] = [await freePort(), await freePort()];
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
    this.simulatorUrl = `http://127.0.0.1:${simulatorPort}`;

    // Nothing from the caller's environment that could point a process elsewhere.
    const base = { ...process.env };
    for (const key of Object.keys(base)) {
      if (/^(MONGODB_|MIDTRANS_|SIMULATOR_|REDIS_|RATE_LIMIT_|RECONCILE_|SNAP_|PORT$|HOST$|NODE_ENV$)/.test(key)) delete base[key];
    }
    this.simulator = new NodeService(
      'simulator',
      ['midtrans-simulator/src/cli.ts', 'start'],
      {
        ...base,
        SIMULATOR_PORT: String(simulatorPort),
        SIMULATOR_HOST: '127.0.0.1',
        MIDTRANS_NOTIFICATION_URL: `${this.apiUrl}/api/payments/notification`,
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
        RATE_LIMIT_CREATE_PAYMENT: unlimited,
        RATE_LIMIT_ORDER_LOOKUP_FAILURES: unlimited,
        RATE_LIMIT_WEBHOOK: unlimited,
        RATE_LIMIT_WEBHOOK_FAILURES: unlimited,
        WS_MAX_SOCKETS_PER_IP: '1000',
        RECONCILE_INTERVAL_S: '2',
        RECONCILE_AFTER_S: '1',
        ...(this.options.snapExpiryMinutes ? { SNAP_EXPIRY_MINUTES: String(this.options.snapExpiryMinutes) } : {}),
      },
      path.join(this.dir, 'api.log'),
      `${this.apiUrl}/healthz`,
    );
    await Promise.all([this.simulator.start(), this.api.start()]);
  }

  private async startDb(): Promise<void> {
    this.ferret = await this.startFerret!({ port: this.dbPort, dataDir: this.dataDir, quiet: true });
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
