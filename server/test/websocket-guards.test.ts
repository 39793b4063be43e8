// The WebSocket takes only what a shop page would send: from an allowed Origin, small
// messages, a few sockets per address and a few subscriptions per socket.
import { connect } from 'node:net';
import { SLOW_CONSUMER_CLOSE_CODE } from '../src/graphql/websocket.js';
import { withoutAccessToken } from '../src/payments/ports.js';
import { openRawSocket, refusedUpgrade } from './support/raw-socket.js';
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';

let stack: TestStack;
let wsUrl: string;
beforeAll(async () => {
  stack = await startTestStack({ env: { WS_MAX_SOCKETS_PER_IP: '4' } });
  wsUrl = stack.graphqlUrl.replace('http', 'ws');
});
afterAll(() => stack.stop());

const SUBSCRIBE = 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }';

describe('Origin', () => {
  it('refuses the upgrade from a page on another origin, in the JSON error shape', async () => {
    expect(await refusedUpgrade(wsUrl, { origin: 'https://evil.example' })).toEqual({
      status: 403,
      contentType: 'application/json',
      body: { error: 'origin not allowed', code: 'ORIGIN_NOT_ALLOWED' },
    });
  });

  it('accepts the shop (the CORS origins) and programs that send no Origin', async () => {
    for (const headers of [{ origin: 'http://localhost:5173' }, {}] as Record<string, string>[]) {
      const socket = await openRawSocket(wsUrl, headers);
      await socket.close();
    }
  });
});

describe('message size', () => {
  it.each([
    ['5 MB', 5 * 1024 * 1024],
    ['40 MB', 40 * 1024 * 1024],
    ['64 KB + 1', 64 * 1024 + 1],
  ])('closes the socket with 1009 on a %s message, and keeps serving', async (_name, bytes) => {
    const socket = await openRawSocket(wsUrl);
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `# ${'x'.repeat(bytes)}` } }));
    expect((await socket.closed).code).toBe(1009);
    expect((await stack.gql('{ products { id } }')).data.products.length).toBeGreaterThan(0);
  });
});

describe('sockets per address', () => {
  it('refuses one socket more than WS_MAX_SOCKETS_PER_IP with 429, and frees the slot on close', async () => {
    const open = await Promise.all(Array.from({ length: 4 }, () => openRawSocket(wsUrl)));
    expect(await refusedUpgrade(wsUrl)).toEqual({
      status: 429,
      contentType: 'application/json',
      body: { error: 'at most 4 sockets per address', code: 'TOO_MANY_SOCKETS' },
    });
    await open[0]!.close();
    const again = await eventually(() => openRawSocket(wsUrl));
    await Promise.all([again, ...open.slice(1)].map((s) => s.close()));
  });

  it('opens the first WS_MAX_SOCKETS_PER_IP of 500 sockets from one address and refuses the rest', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 500 }, () =>
        openRawSocket(wsUrl).then(
          (socket) => ({ socket, refused: false }),
          () => ({ socket: undefined, refused: true }),
        ),
      ),
    );
    // At most the cap (a slot the previous test freed may still be closing on the server).
    const opened = attempts.filter((a) => !a.refused).length;
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThanOrEqual(4);
    await Promise.all(attempts.map((a) => a.socket?.close()));
  });

  it('frees the slot of a handshake that never completes, too', async () => {
    for (let i = 0; i < 6; i++) {
      // An upgrade without Sec-WebSocket-Key: ws refuses it, in our JSON shape.
      const answer = await new Promise<string>((resolve) => {
        const tcp = connect(Number(new URL(stack.url).port), '127.0.0.1', () =>
          tcp.write('GET /graphql HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'),
        );
        let text = '';
        tcp.on('data', (chunk) => (text += chunk));
        tcp.on('close', () => resolve(text));
      });
      expect(answer).toMatch(/^HTTP\/1.1 400 Bad Request\r\n[\s\S]*Content-Type: application\/json[\s\S]*"code":"BAD_REQUEST"/);
    }
    await (await openRawSocket(wsUrl)).close();
  });

  it('answers an upgrade on another path with a JSON 404', async () => {
    expect(await refusedUpgrade(`${stack.url.replace('http', 'ws')}/other`)).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });
});

describe('subscriptions per socket', () => {
  it('accepts 10 of 3,000 subscriptions on one socket and refuses the rest with TOO_MANY_SUBSCRIPTIONS', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    const socket = await openRawSocket(wsUrl);
    try {
      for (let i = 0; i < 3000; i++) socket.subscribe(`s${i}`, SUBSCRIBE, { o: orderId, t: accessToken });
      await eventually(() => expect(socket.messages.filter((m) => m.type === 'error' || m.type === 'next')).toHaveLength(3000), 15_000);
      const live = socket.messages.filter((m) => m.type === 'next');
      const refused = socket.messages.filter((m) => m.type === 'error');
      expect(live).toHaveLength(10);
      expect(live.every((m) => m.payload.data.orderStatusChanged.status === 'PENDING')).toBe(true);
      expect(refused[0].payload).toEqual([
        { message: 'At most 10 subscriptions per socket', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', max: 10 } },
      ]);
      // Completing one frees its place.
      socket.send({ id: live[0].id, type: 'complete' });
      let attempt = 0;
      await eventually(async () => {
        const id = `again-${attempt++}`;
        socket.subscribe(id, SUBSCRIBE, { o: orderId, t: accessToken });
        expect(await socket.waitFor((m) => m.id === id)).toMatchObject({ type: 'next' });
      });
    } finally {
      await socket.close();
    }
  });
});

describe('a slow consumer', () => {
  let small: TestStack;
  beforeAll(async () => {
    small = await startTestStack({ maxQueuedChanges: 2 });
  });
  afterAll(() => small.stop());

  it('is dropped with the slow-consumer close code once a subscription has more changes unread than its bound, and the API serves on', async () => {
    const { orderId, accessToken } = await createOrder(small);
    const socket = await openRawSocket(small.graphqlUrl.replace('http', 'ws'));
    socket.subscribe('1', SUBSCRIBE, { o: orderId, t: accessToken });
    await socket.waitFor((m) => m.type === 'next' && m.id === '1');
    const current = withoutAccessToken(await small.orderOf(orderId));
    // Three changes in one turn of the event loop: the socket cannot have read any of
    // them, so the third is one more than the two its subscription may hold.
    for (let step = 1; step <= 3; step++) void small.bus.publish({ ...current, version: current.version + step });
    expect(await socket.closed).toEqual({ code: SLOW_CONSUMER_CLOSE_CODE, reason: 'slow consumer: too many changes unread' });
    await eventually(() => expect(small.bus.liveSubscriptions).toBe(0));
    const again = await openRawSocket(small.graphqlUrl.replace('http', 'ws'));
    again.subscribe('1', SUBSCRIBE, { o: orderId, t: accessToken });
    expect((await again.waitFor((m) => m.type === 'next')).payload.data.orderStatusChanged.status).toBe('PENDING');
    await again.close();
  });
});
