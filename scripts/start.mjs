// `npm start`: the whole local stack on embedded defaults, in simulator mode.
// Reads .env if present. Ctrl+C stops everything.
import { existsSync } from 'node:fs';
import { hasClient, startStack } from './stack.mjs';

if (existsSync('.env')) process.loadEnvFile('.env');

const stack = await startStack({ client: hasClient() ? 'dev' : false }).catch((error) => {
  console.error(`\nCould not start Lunas: ${error.message}`);
  if (/27017|address already in use/i.test(error.message)) {
    console.error('Is another MongoDB running on 27017? Stop it, or set MONGODB_URI to use it.');
  }
  process.exit(1);
});

console.log(`
  Lunas is running (MIDTRANS_MODE=simulator)
  ─────────────────────────────────────────────
  Shop                 ${stack.clientUrl ?? '(client not built yet)'}
  GraphQL + Sandbox    ${stack.graphqlUrl}
  Subscriptions (ws)   ${stack.wsUrl}
  Webhook              ${stack.apiUrl}/api/payments/notification
  Midtrans simulator   ${stack.simulatorUrl}   (snap.js, Snap/Core API, /sim/v1 driver)
  Database             ${stack.mongoUri}
  Ctrl+C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(0);
  });
}
