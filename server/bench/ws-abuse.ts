// Not a test: how much memory the API process gives to two WebSocket abuses from one
// address (issue 8): 500 idle sockets, then one socket asking for 3,000 subscriptions.
// Real parts: the stack as `npm start` runs it (embedded FerretDB, simulator, API process).
//
//   npx tsx server/bench/ws-abuse.ts                          # with the default caps
//   WS_MAX_SOCKETS_PER_IP=1000 WS_MAX_SUBSCRIPTIONS_PER_SOCKET=5000 npx tsx server/bench/ws-abuse.ts
//                                                              # caps out of the way, to compare
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '@lunas/dev-services';
import WebSocket from 'ws';

const SOCKETS = 500;
const SUBSCRIPTIONS = 3000;
const caps = Object.fromEntries(
  ['WS_MAX_SOCKETS_PER_IP', 'WS_MAX_SUBSCRIPTIONS_PER_SOCKET'].flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
);

/** Resident memory of the biggest process in the API's process group (tsx → node: the node). */
function apiRssMb(group: number): number {
  let max = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) max = Math.max(max, Number(rss[1]) / 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(max * 10) / 10;
}

const settle = (ms = 3000) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a graphql-transport-ws socket; resolves 'open' once acknowledged, or the refusal status. */
function openSocket(url: string): Promise<{ ws: WebSocket; outcome: string }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    ws.on('error', () => undefined);
    ws.once('unexpected-response', (_req, res) => resolve({ ws, outcome: `refused ${res.statusCode}` }));
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.once('message', () => resolve({ ws, outcome: 'open' }));
  });
}

const count = (values: string[]) =>
  Object.entries(values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {}));

const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-ws-abuse-'));
const stack = await startStack({ dataDir, dbPort: 0, apiPort: 0, simulatorPort: 0, client: false, quiet: true, env: caps });
try {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: CreatePaymentInput!) { createPayment(input: $input) { accessToken order { orderId } } }',
      variables: {
        input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { name: 'Bench', email: 'bench@example.com' } },
      },
    }),
  });
  const { createPayment } = ((await res.json()) as any).data;
  const group = stack.pids.api!;
  await settle();
  const baseline = apiRssMb(group);

  const sockets = [];
  for (let i = 0; i < SOCKETS; i++) sockets.push(await openSocket(stack.wsUrl));
  await settle();
  const withSockets = apiRssMb(group);
  for (const { ws } of sockets) ws.close();
  await settle();
  const afterSockets = apiRssMb(group);

  const { ws } = await openSocket(stack.wsUrl);
  const answers: string[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'next') answers.push('next');
    if (message.type === 'error') answers.push(`error ${message.payload[0]?.extensions?.code}`);
  });
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    ws.send(
      JSON.stringify({
        id: String(i),
        type: 'subscribe',
        payload: {
          query: 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }',
          variables: { o: createPayment.order.orderId, t: createPayment.accessToken },
        },
      }),
    );
  }
  for (let waited = 0; answers.length < SUBSCRIPTIONS && waited < 30_000; waited += 100) await settle(100);
  await settle();
  const withSubscriptions = apiRssMb(group);
  ws.close();

  console.log(`caps: ${JSON.stringify(caps) === '{}' ? 'defaults' : JSON.stringify(caps)}`);
  console.log(`API RSS at rest: ${baseline} MB`);
  console.log(
    `${SOCKETS} sockets from one address: ${JSON.stringify(count(sockets.map((s) => s.outcome)))}; RSS ${withSockets} MB (+${Math.round((withSockets - baseline) * 10) / 10} MB)`,
  );
  console.log(
    `one socket, ${SUBSCRIPTIONS} subscriptions: ${JSON.stringify(count(answers))}; RSS ${withSubscriptions} MB (+${Math.round((withSubscriptions - afterSockets) * 10) / 10} MB from ${afterSockets} MB)`,
  );
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
