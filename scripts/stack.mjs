// Starts the whole local stack, wired together in simulator mode:
//   database (embedded FerretDB unless MONGODB_URI) → Midtrans simulator → API → shop.
// Used by `npm start` (scripts/start.mjs) and by the browser tests.
//
//   const stack = await startStack({ dataDir, apiPort: 0, simulatorPort: 0, clientPort: 0, client: 'preview' })
//   stack.graphqlUrl, stack.wsUrl, stack.simulatorUrl, stack.clientUrl, stack.mongoUri; await stack.stop()
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFerretDB } from './ferretdb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const vite = path.join(root, 'node_modules', '.bin', 'vite');

/** A port the OS says is free right now (0 means "pick one"). */
export async function freePort(port = 0) {
  if (port !== 0) return port;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: picked } = server.address();
      server.close(() => resolve(picked));
    });
  });
}

async function waitForHttp(url, { timeoutMs = 60_000, child, name }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs} ms`);
}

function launch(name, command, args, { env, cwd = root, quiet }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() also ends grandchildren (npm → vite)
  });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  let tail = '';
  const collect = (chunk) => {
    tail = (tail + chunk).slice(-4000);
    if (!quiet) process.stdout.write(prefix(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.tail = () => tail;
  return child;
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000).unref();
  });
}

/**
 * @param {{
 *   dataDir?: string, dbPort?: number, apiPort?: number, simulatorPort?: number, clientPort?: number,
 *   client?: 'dev' | 'preview' | false, quiet?: boolean, env?: Record<string, string>,
 *   simulatorEnv?: Record<string, string>
 * }} options
 */
export async function startStack(options = {}) {
  const {
    dataDir = path.join(root, '.data', 'ferretdb'),
    client = 'dev',
    quiet = false,
    env = {},
    simulatorEnv = {},
  } = options;
  const children = [];
  let db;
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    await db?.stop();
  };

  try {
    let mongoUri = env.MONGODB_URI ?? process.env.MONGODB_URI;
    if (!mongoUri) {
      db = await startFerretDB({ port: options.dbPort ?? 27017, dataDir, quiet: true });
      mongoUri = `${db.uri}lunas`;
    }
    const apiPort = await freePort(options.apiPort ?? 4000);
    const simulatorPort = await freePort(options.simulatorPort ?? 4100);
    const clientPort = client ? await freePort(options.clientPort ?? 5173) : undefined;

    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
    const clientUrl = clientPort ? `http://localhost:${clientPort}` : undefined;
    const graphqlUrl = `${apiUrl}/graphql`;

    const simulator = launch('sim', tsx, ['midtrans-simulator/src/cli.ts', 'start'], {
      quiet,
      env: {
        SIMULATOR_PORT: String(simulatorPort),
        MIDTRANS_NOTIFICATION_URL: `${apiUrl}/api/payments/notification`,
        ...simulatorEnv,
      },
    });
    children.push(simulator);

    const api = launch('api', tsx, ['server/src/main.ts'], {
      quiet,
      env: {
        PORT: String(apiPort),
        MONGODB_URI: mongoUri,
        MIDTRANS_MODE: 'simulator',
        MIDTRANS_SIMULATOR_URL: simulatorUrl,
        ...(clientPort
          ? {
              PUBLIC_APP_URL: clientUrl,
              CORS_ORIGINS: `http://localhost:${clientPort},http://127.0.0.1:${clientPort}`,
            }
          : {}),
        ...env,
      },
    });
    children.push(api);

    await Promise.all([
      waitForHttp(`${simulatorUrl}/snap/snap.js`, { child: simulator, name: 'simulator' }),
      waitForHttp(`${apiUrl}/healthz`, { child: api, name: 'API' }),
    ]);

    if (client) {
      const clientEnv = { VITE_GRAPHQL_URL: graphqlUrl };
      if (client === 'preview') {
        const build = spawnSync(vite, ['build'], { cwd: path.join(root, 'client'), env: { ...process.env, ...clientEnv }, encoding: 'utf8' });
        if (build.status !== 0) throw new Error(`client build failed:\n${build.stdout}\n${build.stderr}`);
      }
      const web = launch(
        'web',
        vite,
        [...(client === 'preview' ? ['preview'] : []), '--port', String(clientPort), '--strictPort', '--host', '127.0.0.1'],
        { quiet, cwd: path.join(root, 'client'), env: clientEnv },
      );
      children.push(web);
      await waitForHttp(`http://127.0.0.1:${clientPort}/`, { child: web, name: 'client' });
    }

    return {
      mongoUri,
      apiUrl,
      graphqlUrl,
      wsUrl: graphqlUrl.replace(/^http/, 'ws'),
      simulatorUrl,
      clientUrl,
      stop,
    };
  } catch (error) {
    const logs = children.map((c) => c.tail()).join('\n---\n');
    await stop();
    error.message += logs ? `\n--- output so far ---\n${logs}` : '';
    throw error;
  }
}

export const hasClient = () => existsSync(path.join(root, 'client', 'index.html'));
