// Every HTTP error is JSON in one shape, {"error", "code"}, with no HTML and no stack;
// helmet's headers are on every answer; introspection and the landing page follow config.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import express from 'express';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { errorHandler } from '../src/http/http-errors.js';
import { createLogger } from '../src/logger.js';
import { stackForDescribe } from './support/stack-for-describe.js';
import { startTestStack, type TestStack } from './support/test-stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

async function send(path: string, init: RequestInit = {}, base = stack.url) {
  const res = await fetch(base + path, init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, headers: res.headers };
}

/** JSON in our shape, and nothing that looks like an HTML page or a stack trace. */
function expectJsonError(answer: Awaited<ReturnType<typeof send>>, status: number, code: string) {
  expect({ status: answer.status, type: answer.type }).toEqual({ status, type: 'application/json; charset=utf-8' });
  expect(JSON.parse(answer.text)).toEqual({ error: expect.any(String), code });
  expect(answer.text).not.toMatch(/<html|<pre|at \S+ \(|node_modules|\/src\//i);
}

const json = { 'content-type': 'application/json' };

describe('one JSON error shape', () => {
  it.each([
    ['bad JSON on /graphql', '/graphql', { method: 'POST', headers: json, body: '{"query": ' }, 400, 'BAD_JSON'],
    [
      'a 200 KB body on /graphql',
      '/graphql',
      { method: 'POST', headers: json, body: JSON.stringify({ query: `# ${'x'.repeat(200_000)}` }) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a 65 KB body on the webhook',
      '/api/payments/notification',
      { method: 'POST', headers: json, body: JSON.stringify({ pad: 'x'.repeat(65 * 1024) }) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'text/plain on /graphql',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ products { id } }' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'form data on /graphql',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=x' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a Latin-1 charset',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an unknown content encoding',
      '/graphql',
      { method: 'POST', headers: { ...json, 'content-encoding': 'compress' }, body: '{}' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an unknown path', '/wp-login.php', {}, 404, 'NOT_FOUND'],
    ['a path that does not decode', '/%E0%A4%A', {}, 404, 'NOT_FOUND'],
    ['GET on the webhook', '/api/payments/notification', {}, 404, 'NOT_FOUND'],
  ] as const)('%s', async (_name, path, init, status, code) => {
    expectJsonError(await send(path, init as RequestInit), status, code);
  });

  it('masks an unexpected error as a 500 and logs it with its context', async () => {
    const logged: Record<string, unknown>[] = [];
    const logger = {
      info: () => undefined,
      warn: () => undefined,
      error: (message: string, context?: Record<string, unknown>) => void logged.push({ message, ...context }),
    };
    const app = express()
      .get('/boom', () => {
        throw new Error('database password is hunter2 at /srv/lunas/src/x.ts');
      })
      .use(errorHandler(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const answer = await send('/boom', {}, `http://127.0.0.1:${(server.address() as { port: number }).port}`);
      expectJsonError(answer, 500, 'INTERNAL_ERROR');
      expect(answer.text).not.toContain('hunter2');
      expect(logged).toEqual([
        expect.objectContaining({
          message: 'unexpected HTTP error',
          method: 'GET',
          path: '/boom',
          error: expect.stringContaining('hunter2'),
        }),
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('headers', () => {
  it("sets helmet's headers on API answers, with a strict CSP and no X-Powered-By", async () => {
    const { headers } = await send('/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ products { id } }' }) });
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('x-powered-by')).toBeNull();
    // CORS still answers the shop.
    const preflight = await fetch(stack.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('serves the Apollo Sandbox landing page in development without the CSP it could not run under', async () => {
    const page = await send('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('embeddable-sandbox');
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('introspection off (as in production)', () => {
  const current = stackForDescribe({ env: { GRAPHQL_INTROSPECTION: 'false' } });
  let closed: TestStack;
  beforeAll(() => (closed = current()));

  it('refuses introspection and serves no landing page, with the CSP on GET /graphql', async () => {
    const result = await closed.gql('{ __schema { types { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors![0].message).toMatch(/introspection/i);
    const page = await send('/graphql', { headers: { accept: 'text/html' } }, closed.url);
    expect(page.text).not.toContain('embeddable-sandbox');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('keeps "Did you mean …" suggestions from describing the schema', async () => {
    const result = await closed.gql('{ prodcts { id } }');
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('HOST', () => {
  it("listens on 127.0.0.1 by default: the machine's other addresses get no answer", async () => {
    const config = loadConfig({ MIDTRANS_SIMULATOR_URL: stack.simulatorUrl, RECONCILE_INTERVAL_S: '0' });
    const app = await buildApp({ config, db: stack.db, logger: createLogger('silent') });
    const { port } = await app.start(0);
    try {
      const reaches = (host: string) =>
        new Promise<boolean>((resolve) => {
          const socket = connect(port, host, () => {
            socket.destroy();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        });
      expect(await reaches('127.0.0.1')).toBe(true);
      const others = Object.values(networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal && i.family === 'IPv4');
      for (const other of others) expect(await reaches(other!.address)).toBe(false);
    } finally {
      await app.stop();
    }
  });
});
