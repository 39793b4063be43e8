// Slow clients (slowloris) are cut off at the limits the server is given, not at Node's
// next connection sweep (every 30 s unless told, which let a 10 s header limit run to
// 18-28 s). Real sockets against http.createServer with serverOptions(), as app.ts builds
// it, with small limits so the test is quick; it asserts what the client is told, never
// how long it took (a missing sweep interval shows as the test running out of time).
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { SERVER_TIMEOUTS, serverOptions } from '../src/http/security.js';

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(
    serverOptions({ headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200, checkEveryMs: 100 }),
    (req, res) => {
      req.resume();
      req.on('end', () => res.end('ok'));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends `first`, then nothing more; answers what the server said before closing. */
function stall(first: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(first));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

it('answers 408 to a client that never finishes its headers', async () => {
  expect(await stall('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1')).toMatch(/^HTTP\/1\.1 408/);
}, 10_000);

it('answers 408 to a client that never finishes its body', async () => {
  expect(await stall('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc')).toMatch(/^HTTP\/1\.1 408/);
}, 10_000);

it('gives the production server the documented limits, swept every second', () => {
  expect(serverOptions()).toEqual({
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
  });
  expect(SERVER_TIMEOUTS.checkEveryMs).toBeLessThanOrEqual(1_000);
});
