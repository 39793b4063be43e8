// `npm start`: the whole local stack on embedded defaults, in simulator mode.
// Reads .env if present. Ports move with PORT, SIMULATOR_PORT, SHOP_PORT, FERRETDB_PORT.
// Ctrl+C (or SIGTERM) stops everything, also while it is still starting.
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

try {
  stack = await startStack({
    client: hasClient() ? 'dev' : false,
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
  GraphQL + Sandbox    ${stack.graphqlUrl}
  API explorer         ${stack.apiUrl}/explorer   (GraphiQL, works offline)
  Subscriptions (ws)   ${stack.wsUrl}
  Webhook              ${stack.apiUrl}/api/payments/notification
  Gateway simulator    ${stack.simulatorUrl}   (Midtrans: snap.js, Snap/Core API; Xendit: /xendit; /sim/v1 driver)
  Database             ${stack.mongoUri}
  Ctrl+C to stop.
`);
