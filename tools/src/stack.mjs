// Starts the whole local stack, wired together in simulator mode:
//   database (embedded FerretDB unless MONGODB_URI) → Midtrans simulator → API → shop.
// Used by `npm start` (scripts/start.mjs) and by the browser tests (e2e/helpers/stack.ts).
//
// One host name for the browser: the shop and the API are both printed and wired as
// http://<host>:<port> (localhost unless told), so they are one site and the desk's
// SameSite=Strict session cookie is kept. A shop on localhost talking to an API on
// 127.0.0.1 is two sites: the browser drops the cookie and nobody can sign in.
//
// Honest by construction: every fixed port is checked before anything starts; a service
// counts as up only when it answers AND (on Linux) the socket answering is held by our own
// child's process group, so a stranger on the same port is never mistaken for it; an abort
// signal (Ctrl+C during start-up) stops whatever was already started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startFerretDB } from './ferretdb.mjs';
import { repoRoot } from './go-tools.mjs';
import { assertPortsFree, freePort } from './ports.mjs';
import { isRunning, listeningPids, processGroup, stopChild } from './processes.mjs';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const vite = path.join(repoRoot, 'node_modules', '.bin', 'vite');

/** The variables `npm start` reads to move each service (named in every busy-port message). */
export const PORT_VARIABLES = {
  db: 'FERRETDB_PORT',
  api: 'PORT',
  simulator: 'SIMULATOR_PORT',
  client: 'SHOP_PORT',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the process listening on `port` belongs to the process group led by `child`. */
function ownsPort(child, port) {
  const pids = listeningPids(port);
  if (pids === undefined) return true; // no /proc: the port check before start is our guard
  return [...pids].some((pid) => pid === child.pid || processGroup(pid) === child.pid);
}

async function waitUntilUp({ url, port, child, name, signal, timeoutMs = 60_000 }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (!isRunning(child)) throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) while starting`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500 && isRunning(child)) {
        if (ownsPort(child, port)) return;
        throw new Error(`something other than our ${name} answers on port ${port}`);
      }
    } catch (error) {
      if (error.message?.startsWith('something other')) throw error;
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs} ms`);
}

function launch(name, command, args, { env, cwd = repoRoot, quiet }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stop() also ends grandchildren (tsx → node, npm → vite)
  });
  let tail = '';
  const collect = (chunk) => {
    tail = (tail + chunk).slice(-4000);
    if (quiet) return;
    const lines = chunk.toString().split('\n').filter(Boolean);
    process.stdout.write(lines.map((line) => `[${name}] ${line}\n`).join(''));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.tail = () => tail;
  child.label = name;
  return child;
}

/**
 * @param {{
 *   host?: string, dataDir?: string, dbPort?: number, apiPort?: number, simulatorPort?: number, clientPort?: number,
 *   client?: 'dev' | 'preview' | false, quiet?: boolean, env?: Record<string, string>,
 *   simulatorEnv?: Record<string, string>, signal?: AbortSignal, prepare?: () => void | Promise<void>,
 *   onExit?: (name: string, code: number | null) => void
 * }} options
 */
export async function startStack(options = {}) {
  const {
    dataDir = path.join(repoRoot, '.data', 'ferretdb'),
    client = 'dev',
    host = 'localhost',
    quiet = false,
    env = {},
    simulatorEnv = {},
    signal,
    onExit,
  } = options;
  const children = [];
  let db;
  let stopped = false;
  const stop = async () => {
    stopped = true;
    // In parallel, so the whole stack is gone within one grace period.
    await Promise.all([...children.map((child) => stopChild(child, { group: true })), db?.stop()]);
  };
  const onAbort = () => void stop();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    let mongoUri = env.MONGODB_URI ?? process.env.MONGODB_URI;
    const wanted = {
      db: mongoUri ? undefined : (options.dbPort ?? 27017),
      api: options.apiPort ?? 4000,
      simulator: options.simulatorPort ?? 4100,
      client: client ? (options.clientPort ?? 5173) : undefined,
    };
    await assertPortsFree([
      {
        port: wanted.db ?? 0,
        service: 'embedded database',
        variable: PORT_VARIABLES.db,
        alternative: 'set MONGODB_URI to use the MongoDB already there',
      },
      { port: wanted.api, service: 'API', variable: PORT_VARIABLES.api },
      { port: wanted.simulator, service: 'Midtrans simulator', variable: PORT_VARIABLES.simulator },
      { port: wanted.client ?? 0, service: 'shop', variable: PORT_VARIABLES.client },
    ]);
    signal?.throwIfAborted();
    // Preparation that starts no server (e.g. building the explorer), only once ports are known free.
    await options.prepare?.();
    signal?.throwIfAborted();

    if (!mongoUri) {
      db = await startFerretDB({ port: wanted.db, dataDir, quiet: true, signal });
      mongoUri = `${db.uri}lunas`;
    }
    const apiPort = await freePort(wanted.api);
    const simulatorPort = await freePort(wanted.simulator);
    const clientPort = client ? await freePort(wanted.client) : undefined;

    // What the browser opens: one host for the shop and the API. Process-to-process calls
    // (health checks, the simulator's notifications) stay on the loopback address the
    // services listen on.
    const origin = (port) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const apiUrl = origin(apiPort);
    const localApiUrl = `http://127.0.0.1:${apiPort}`;
    const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
    const clientUrl = clientPort ? origin(clientPort) : undefined;
    const graphqlUrl = `${apiUrl}/graphql`;

    const start = (name, command, args, launchOptions) => {
      signal?.throwIfAborted();
      const child = launch(name, command, args, { quiet, ...launchOptions });
      children.push(child);
      child.once('exit', (code) => {
        if (!stopped) onExit?.(name, code);
      });
      return child;
    };

    const simulator = start('sim', tsx, ['gateway-simulator/src/cli.ts', 'start'], {
      env: {
        SIMULATOR_PORT: String(simulatorPort),
        SIMULATOR_HOST: '127.0.0.1',
        MIDTRANS_NOTIFICATION_URL: `${localApiUrl}/api/payments/notification`,
        // Where the API takes Xendit's callbacks.
        XENDIT_CALLBACK_URL: `${localApiUrl}/api/payments/xendit/notification`,
        ...simulatorEnv,
      },
    });
    const api = start('api', tsx, ['server/src/main.ts'], {
      env: {
        PORT: String(apiPort),
        MONGODB_URI: mongoUri,
        MIDTRANS_MODE: 'simulator',
        MIDTRANS_SIMULATOR_URL: simulatorUrl,
        // Xendit (when PAYMENT_GATEWAYS names it) is the same simulator's /xendit.
        XENDIT_MODE: 'simulator',
        XENDIT_SIMULATOR_URL: `${simulatorUrl}/xendit`,
        ...(clientPort
          ? {
              PUBLIC_APP_URL: clientUrl,
              // The other spellings of the shop's address are allowed to call, so a desk
              // opened there reaches the API and can say that its cookie was refused.
              CORS_ORIGINS: [...new Set([clientUrl, `http://localhost:${clientPort}`, `http://127.0.0.1:${clientPort}`])].join(','),
            }
          : {}),
        ...env,
      },
    });

    await Promise.all([
      waitUntilUp({ url: `${simulatorUrl}/snap/snap.js`, port: simulatorPort, child: simulator, name: 'Midtrans simulator', signal }),
      waitUntilUp({ url: `${localApiUrl}/healthz`, port: apiPort, child: api, name: 'API', signal }),
    ]);

    if (client) {
      // SNAP_SOURCES: `vite preview` sends the production Content-Security-Policy, with the
      // simulator in Midtrans's place as the origin of snap.js and its frame.
      const clientEnv = { VITE_GRAPHQL_URL: graphqlUrl, SNAP_SOURCES: simulatorUrl, LUNAS_HOST: host };
      if (client === 'preview') {
        const build = spawnSync(vite, ['build'], {
          cwd: path.join(repoRoot, 'client'),
          env: { ...process.env, ...clientEnv },
          encoding: 'utf8',
        });
        if (build.status !== 0) throw new Error(`client build failed:\n${build.stdout}\n${build.stderr}`);
      }
      const web = start(
        'web',
        vite,
        [...(client === 'preview' ? ['preview'] : []), '--port', String(clientPort), '--strictPort', '--host', '127.0.0.1'],
        { cwd: path.join(repoRoot, 'client'), env: clientEnv },
      );
      await waitUntilUp({ url: `http://127.0.0.1:${clientPort}/`, port: clientPort, child: web, name: 'shop', signal });
    }
    signal?.removeEventListener('abort', onAbort);

    return {
      mongoUri,
      apiUrl,
      graphqlUrl,
      wsUrl: graphqlUrl.replace(/^http/, 'ws'),
      simulatorUrl,
      clientUrl,
      pids: Object.fromEntries(children.map((child) => [child.label, child.pid])),
      stop,
    };
  } catch (error) {
    signal?.removeEventListener('abort', onAbort);
    const logs = children.map((child) => child.tail()).join('\n---\n');
    await stop();
    if (!signal?.aborted && logs) error.message += `\n--- output so far ---\n${logs}`;
    throw error;
  }
}

export const hasClient = () => existsSync(path.join(repoRoot, 'client', 'index.html'));
