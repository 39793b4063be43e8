// Per-IP rate limits over real HTTP and WebSocket, with small limits set through the
// same env variables a deploy uses. Each stack counts in its own memory unless it is
// given REDIS_URL.
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { openRawSocket } from './support/raw-socket.js';
import { stackForDescribe } from './support/stack-for-describe.js';
import { CREATE_PAYMENT, createOrder, customer, startTestStack, tamper, type TestStack } from './support/test-stack.js';

const input = { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer };
const ORDER = 'query($id: ID!, $t: String!) { order(orderId: $id, accessToken: $t) { status } }';

async function gqlFrom(stack: TestStack, ip: string | undefined, query: string, variables?: object) {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(ip ? { 'x-forwarded-for': ip } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** A subscription's first answer's error codes: a resolver error comes as `next` with errors. */
async function subscriptionCodes(socket: Awaited<ReturnType<typeof openRawSocket>>, id: string) {
  const answer = await socket.waitFor((m) => m.id === id);
  return ((answer.type === 'error' ? answer.payload : answer.payload.errors) ?? []).map((e: any) => e.extensions.code);
}

const randomIp = () => `198.51.100.${randomBytes(1)[0]! % 250}`;

describe('createPayment per IP', () => {
  const current = stackForDescribe({ env: { RATE_LIMIT_CREATE_PAYMENT: '3/1m' } });
  let stack: TestStack;
  beforeAll(() => (stack = current()));

  it('answers RATE_LIMITED with retryAfterSeconds once the budget is spent, storing nothing', async () => {
    for (let i = 0; i < 3; i++) expect((await stack.gql(CREATE_PAYMENT, { input })).errors).toBeUndefined();
    const orders = await stack.db.collections.orders.countDocuments();
    const requests = stack.snapRequests.length;
    const refused = await stack.gql(CREATE_PAYMENT, { input });
    expect(refused.data).toBeNull();
    expect(refused.errors).toEqual([
      {
        message: expect.stringMatching(/^Too many payments from this address; retry in \d+ s$/),
        path: ['createPayment'],
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      },
    ]);
    expect(refused.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors![0].extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await stack.db.collections.orders.countDocuments()).toBe(orders);
    expect(stack.snapRequests.length).toBe(requests);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: a spoofed address is no way around it', async () => {
    const spoofed = await gqlFrom(stack, randomIp(), CREATE_PAYMENT, { input });
    expect(spoofed.errors![0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  const current = stackForDescribe({ env: { RATE_LIMIT_CREATE_PAYMENT: '1/1m', TRUST_PROXY: 'loopback' } });
  let stack: TestStack;
  beforeAll(() => (stack = current()));

  it('counts each client address the proxy reports separately', async () => {
    const [a, b] = ['203.0.113.10', '203.0.113.20'];
    expect((await gqlFrom(stack, a, CREATE_PAYMENT, { input })).errors).toBeUndefined();
    expect((await gqlFrom(stack, a, CREATE_PAYMENT, { input })).errors![0].extensions.code).toBe('RATE_LIMITED');
    expect((await gqlFrom(stack, b, CREATE_PAYMENT, { input })).errors).toBeUndefined();
  });
});

describe('access-token attempts on order and orderStatusChanged', () => {
  const current = stackForDescribe({ env: { RATE_LIMIT_ORDER_LOOKUP_FAILURES: '3/1m' } });
  let stack: TestStack;
  beforeAll(() => (stack = current()));

  it('counts only failures, then refuses even a right token, over HTTP and the socket', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    // A shopper reloading the page is never limited.
    for (let i = 0; i < 10; i++) expect((await stack.gql(ORDER, { id: orderId, t: accessToken })).data.order.status).toBe('PENDING');

    for (let i = 0; i < 3; i++) {
      expect((await stack.gql(ORDER, { id: orderId, t: tamper(accessToken) })).errors![0].extensions.code).toBe('ORDER_NOT_FOUND');
    }
    const refused = await stack.gql(ORDER, { id: orderId, t: accessToken });
    expect(refused.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });

    const socket = await openRawSocket(stack.graphqlUrl.replace('http', 'ws'));
    try {
      socket.subscribe('s', 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }', {
        o: orderId,
        t: accessToken,
      });
      expect(await subscriptionCodes(socket, 's')).toEqual(['RATE_LIMITED']);
    } finally {
      await socket.close();
    }
  });

  it('shares one budget between the two fields: wrong tokens on the socket count too', async () => {
    const other = await startTestStack({ env: { RATE_LIMIT_ORDER_LOOKUP_FAILURES: '2/1m' } });
    try {
      const { orderId, accessToken } = await createOrder(other);
      const socket = await openRawSocket(other.graphqlUrl.replace('http', 'ws'));
      try {
        for (const id of ['a', 'b']) {
          socket.subscribe(id, 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }', {
            o: orderId,
            t: tamper(accessToken),
          });
          expect(await subscriptionCodes(socket, id)).toEqual(['ORDER_NOT_FOUND']);
        }
      } finally {
        await socket.close();
      }
      expect((await other.gql(ORDER, { id: orderId, t: accessToken })).errors![0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await other.stop();
    }
  });
});

describe('the webhook per IP', () => {
  const current = stackForDescribe({});
  let stack: TestStack;
  beforeAll(() => (stack = current()));

  const postJunk = async (body: string) => {
    const res = await fetch(`${stack.url}/api/payments/notification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      type: res.headers.get('content-type'),
      body: await res.json(),
    };
  };

  it('stores at most the failure budget of 300 junk POSTs of 63 KB sent at once; the rest get 429', async () => {
    const junk = JSON.stringify({ order_id: 'x', padding: 'j'.repeat(63 * 1024) });
    const logged = () => stack.db.collections.notifications.countDocuments();
    const before = await logged();
    const answers = await Promise.all(Array.from({ length: 300 }, () => postJunk(junk)));
    const refused = answers.filter((a) => a.status === 429);
    const failed = answers.filter((a) => a.status >= 400 && a.status < 429);
    // RATE_LIMIT_WEBHOOK_FAILURES defaults to 60 per 10 minutes.
    expect(failed.length).toBe(60);
    expect(refused.length).toBe(240);
    expect(refused[0]).toEqual({
      status: 429,
      retryAfter: expect.stringMatching(/^\d+$/),
      type: expect.stringContaining('application/json'),
      body: { error: expect.stringMatching(/^too many requests; retry in \d+ s$/), code: 'RATE_LIMITED' },
    });
    expect((await logged()) - before).toBeLessThanOrEqual(60);
  });

  /** Sends headers and the start of a 64 KB body, never the rest; resolves with the status if one comes. */
  const halfSent = (baseUrl: string) => {
    const url = new URL(`${baseUrl}/api/payments/notification`);
    return new Promise<number>((resolve, reject) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': 64_000 },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"order_id":'); // and never the rest
    });
  };

  it('also caps every request (RATE_LIMIT_WEBHOOK), and refuses before reading the body', async () => {
    const small = await startTestStack({ env: { RATE_LIMIT_WEBHOOK: '5/1m' } });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${small.url}/api/payments/notification`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
      // The 429 comes while the body is still unsent: nothing of it was read or stored.
      expect(await halfSent(small.url)).toBe(429);
    } finally {
      await small.stop();
    }
  });
});

describe('with REDIS_URL, instances share the counts', () => {
  it('refuses on instance B what instance A already spent', async () => {
    const redisUrl = process.env.LUNAS_TEST_REDIS_URL!;
    // A client address of its own: other test files share this Redis and 127.0.0.1.
    const env = { REDIS_URL: redisUrl, RATE_LIMIT_CREATE_PAYMENT: '2/1m', TRUST_PROXY: 'loopback' };
    const a = await startTestStack({ env });
    const b = await startTestStack({ env, dbName: a.db.connection.name });
    try {
      const ip = `192.0.2.${randomBytes(1)[0]! % 250}`;
      expect((await gqlFrom(a, ip, CREATE_PAYMENT, { input })).errors).toBeUndefined();
      expect((await gqlFrom(b, ip, CREATE_PAYMENT, { input })).errors).toBeUndefined();
      expect((await gqlFrom(a, ip, CREATE_PAYMENT, { input })).errors![0].extensions.code).toBe('RATE_LIMITED');
      expect((await gqlFrom(b, ip, CREATE_PAYMENT, { input })).errors![0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      await b.stop();
      await a.stop();
    }
  });
});
