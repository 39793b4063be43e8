// `npm start`: the whole local stack on embedded defaults, in simulator mode.
// Reads .env if present. Ports move with PORT, SIMULATOR_PORT, SHOP_PORT, FERRETDB_PORT;
// LUNAS_HOST names the one host the browser uses for the shop and the API (localhost).
// Ctrl+C (or SIGTERM) stops everything, also while it is still starting. The root
// package.json runs this with `exec`, so a signal sent to the `npm start` process alone
// (npm forwards it to its child) reaches this process and not a shell that ignores it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasClient, PortsBusyError, startStack } from '@lunas/dev-services';
import { isBuilt as explorerIsBuilt } from '@lunas/explorer';

if (existsSync('.env')) process.loadEnvFile('.env');

const port = (name, fallback) => {
  const value = process.env[name]?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 65535) {
    console.error(`${name}=${value} is not a port number (1-65535).`);
    process.exit(1);
  }
  return number;
};

/** A bare host name or address: it goes into URLs as it is. */
function host() {
  const value = process.env.LUNAS_HOST?.trim() || 'localhost';
  if (!/^[A-Za-z0-9.-]+$|^[0-9a-fA-F:]+$/.test(value)) {
    console.error(`LUNAS_HOST=${value} is not a host name (such as localhost or shop.test), without scheme or port.`);
    process.exit(1);
  }
  return value;
}

/** GraphiQL's static files for /explorer, built once (`npm run build -w @lunas/explorer` rebuilds). */
function buildExplorerOnce() {
  if (explorerIsBuilt()) return;
  console.log('[explorer] building the API explorer for /explorer (once, about 20 s)…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@lunas/explorer'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) console.warn('[explorer] build failed: /explorer answers 404 until `npm run build -w @lunas/explorer` succeeds.');
}

const controller = new AbortController();
let stack;
let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Lunas…`);
  controller.abort();
  await stack?.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(signal));
// The children run in process groups of their own (so they can be stopped as a whole),
// so nothing but this process stops them: when whoever started it goes away without a
// signal for us (npm killed outright), stop the stack rather than leave it running.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown('parent exited');
}, 1000).unref();

try {
  stack = await startStack({
    client: hasClient() ? 'dev' : false,
    host: host(),
    apiPort: port('PORT', 4000),
    simulatorPort: port('SIMULATOR_PORT', 4100),
    clientPort: port('SHOP_PORT', 5173),
    dbPort: port('FERRETDB_PORT', 27017),
    signal: controller.signal,
    prepare: buildExplorerOnce,
    // A service that dies later takes the stack down: never keep announcing half a stack.
    onExit: (name, code) => {
      console.error(`\n[${name}] exited (code ${code}); stopping Lunas.`);
      void stack?.stop().then(() => process.exit(1));
    },
  });
} catch (error) {
  if (stopping) await new Promise(() => {}); // shutdown() exits
  if (error instanceof PortsBusyError) {
    console.error(`\nCould not start Lunas; nothing was started:\n${error.message}`);
  } else {
    console.error(`\nCould not start Lunas: ${error.message}`);
  }
  process.exit(1);
}

console.log(`
  Lunas is running (MIDTRANS_MODE=simulator)
  ─────────────────────────────────────────────
  Shop                 ${stack.clientUrl ?? '(client not built yet)'}
  Operator desk        ${stack.clientUrl ? `${stack.clientUrl}/admin` : '(client not built yet)'}   (open it at exactly this host: the session cookie is for the API's site)
  GraphQL + Sandbox    ${stack.graphqlUrl}
  API explorer         ${stack.apiUrl}/explorer   (GraphiQL, works offline)
  Subscriptions (ws)   ${stack.wsUrl}
  Webhook              ${stack.apiUrl}/api/payments/notification
  Gateway simulator    ${stack.simulatorUrl}   (Midtrans: snap.js, Snap/Core API; Xendit: /xendit; /sim/v1 driver)
  Database             ${stack.mongoUri}
  Ctrl+C to stop.
`);
