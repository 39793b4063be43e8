// X-Request-Id on every answer (webhook, GraphQL, health): a safe id from the caller is
// kept, anything else is replaced by a fresh UUID; the GraphQL context carries it.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { requestIdFrom, requestIds } from '../src/http/request-id.js';
import { createLogger } from '../src/logger.js';
import { startTestStack, type TestStack } from './support/test-stack.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each([
    ['abc-123', 'abc-123'],
    ['trace.id:42_x', 'trace.id:42_x'],
  ])('keeps %s', (given, kept) => expect(requestIdFrom(given)).toBe(kept));

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['a newline (log injection)', 'abc\n{"level":"error"}'],
    ['spaces', 'abc def'],
    ['quotes', 'abc"def'],
  ])('replaces %s with a UUID', (_name, given) => expect(requestIdFrom(given)).toMatch(UUID));
});

describe('X-Request-Id over HTTP', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack.stop();
  });

  it.each(['/healthz', '/graphql', '/api/payments/notification', '/nowhere'])('answers %s with an id', async (path) => {
    const res = await fetch(`${stack.url}${path}`, {
      method: path === '/healthz' || path === '/nowhere' ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'given-42' },
      body: path === '/healthz' || path === '/nowhere' ? undefined : JSON.stringify(path === '/graphql' ? { query: '{ __typename }' } : {}),
    });
    expect(res.headers.get('x-request-id')).toBe('given-42');
    const fresh = await fetch(`${stack.url}${path === '/graphql' ? '/healthz' : path}`, { headers: { 'x-request-id': 'bad id\r' } });
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('log lines inside a request', () => {
  it('carry its id through body parsing and awaits, from the app-wide logger', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = createLogger('info', sink);
    const app = express();
    app.use(requestIds(logger));
    app.post('/hook', express.json(), async (req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.warn('handled', { orderId: req.body.order_id }); // the app logger, not a per-request one
      res.json({ ok: true });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      await Promise.all(
        ['a-1', 'b-2'].map((id) =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-request-id': id },
            body: JSON.stringify({ order_id: `LNS-${id}` }),
          }),
        ),
      );
      logger.info('outside any request');
    } finally {
      server.close();
    }
    expect(
      lines
        .filter((line) => line.message === 'handled')
        .map((line) => [line.orderId, line.requestId])
        .sort(),
    ).toEqual([
      ['LNS-a-1', 'a-1'],
      ['LNS-b-2', 'b-2'],
    ]);
    expect(lines.find((line) => line.message === 'outside any request')).not.toHaveProperty('requestId');
  });
});
