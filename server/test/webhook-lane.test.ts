// The webhook lane (http/webhook-lane.ts) on a bare HTTP server, with Express standing
// behind it as in app.ts: what it takes, what it leaves to Express, and that what it
// answers carries what the Express chain gave (request id on the answer and on log
// lines, helmet's headers, the webhook budgets, the 64 KB limit).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger } from '../src/logger.js';
import type { NotificationHandler } from '../src/http/notification-router.js';
import { createRateLimits } from '../src/http/rate-limit.js';
import { sendJson, WEBHOOK_BODY_LIMIT } from '../src/http/webhook-body.js';
import { webhookLane } from '../src/http/webhook-lane.js';

const lines: Record<string, unknown>[] = [];
const logger = createLogger(
  'info',
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  }),
);

const seen: { body: string; requestId?: string }[] = [];
const handle: NotificationHandler = async (_req, res, body, requestId) => {
  seen.push({ body, ...(requestId ? { requestId } : {}) });
  await new Promise((resolve) => setImmediate(resolve)); // an await, as the real handler has
  logger.info('handled', {});
  sendJson(res, 200, { status: 'ok', by: 'lane' });
};

const limits = createRateLimits({
  createPayment: { points: 100, durationSeconds: 60 },
  orderLookupFailures: { points: 100, durationSeconds: 60 },
  webhook: { points: 3, durationSeconds: 60 },
  webhookFailures: { points: 100, durationSeconds: 60 },
  signIn: { perIp: { points: 100, durationSeconds: 60 }, perAccount: { points: 100, durationSeconds: 60 } },
});

let server: Server;
let base: string;
beforeAll(async () => {
  const app = express();
  app.use((_req, res) => void res.status(299).json({ by: 'express' }));
  const lane = webhookLane({
    routes: new Map([
      ['/limited', { handle, rateLimited: true }],
      ['/free', { handle, rateLimited: false }],
    ]),
    limits,
    clientIp: (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown',
    logger,
  });
  server = createServer((req, res) => {
    if (!lane(req, res)) app(req, res);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await limits.close();
});

const post = async (path: string, body: BodyInit, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { method: 'POST', body, headers });
  return { status: res.status, headers: res.headers, json: await res.json() };
};

it('takes a UTF-8 delivery to a notification path, with its request id on the answer and on its log lines', async () => {
  const answer = await post('/free?from=gateway', '{"order_id":"LUN-1","note":"✓"}', {
    'content-type': 'application/json',
    'x-request-id': 'given-7',
  });
  expect([answer.status, answer.json.by, answer.headers.get('x-request-id')]).toEqual([200, 'lane', 'given-7']);
  expect(seen.at(-1)).toEqual({ body: '{"order_id":"LUN-1","note":"✓"}', requestId: 'given-7' });
  expect(lines.at(-1)).toMatchObject({ message: 'handled', requestId: 'given-7' });
  // helmet's headers, as on every other answer.
  expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
});

it('leaves to Express what it does not read by hand: another method, path, charset or encoding, a body announced as too large', async () => {
  const cases: [string, RequestInit][] = [
    ['/free', { method: 'GET' }],
    ['/elsewhere', { method: 'POST', body: '{}' }],
    ['/free', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json; charset=latin1' } }],
    ['/free', { method: 'POST', body: '{}', headers: { 'content-encoding': 'gzip' } }],
    ['/free', { method: 'POST', body: 'x'.repeat(WEBHOOK_BODY_LIMIT + 1) }],
  ];
  for (const [path, init] of cases) {
    const res = await fetch(base + path, init);
    expect([path, init.method, res.status, (await res.json()).by]).toEqual([path, init.method, 299, 'express']);
  }
});

it('refuses a streamed body past the limit with 413, without handling it', async () => {
  const before = seen.length;
  const big = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('x'.repeat(40_000)));
      controller.enqueue(new TextEncoder().encode('x'.repeat(40_000)));
      controller.close();
    },
  });
  const answer = await fetch(`${base}/free`, { method: 'POST', body: big, duplex: 'half' } as RequestInit);
  expect([answer.status, await answer.json()]).toEqual([413, { error: 'body is too large', code: 'PAYLOAD_TOO_LARGE' }]);
  expect(seen.length).toBe(before);
});

it('spends the webhook budget where the route says so, and answers 429 with Retry-After past it', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await post('/limited', '{}')).status);
  expect(statuses).toEqual([200, 200, 200, 429]);
  const refused = await post('/limited', '{}');
  expect([refused.json.code, Number(refused.headers.get('retry-after')) > 0]).toEqual(['RATE_LIMITED', true]);
  // The other route has no budget.
  expect((await post('/free', '{}')).status).toBe(200);
});
