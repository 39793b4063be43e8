// X-Request-Id on every answer (webhook, GraphQL, health): a safe id from the caller is
// kept, anything else is replaced by a fresh UUID; the GraphQL context carries it.
import { requestIdFrom } from '../src/http/request-id.js';
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
