// The port checker behind `npm start`: a busy port is found whether the stranger listens
// on loopback or on every interface, and a free one is not reported.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { assertPortsFree, freePort, isPortBusy, PortsBusyError } from '@lunas/dev-services';

const listen = (host) =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, host, () => resolve(server));
  });
const close = (server) => new Promise((resolve) => server.close(resolve));

for (const host of ['127.0.0.1', '0.0.0.0']) {
  test(`a port held on ${host} is busy, and free again once released`, async () => {
    const server = await listen(host);
    const { port } = server.address();
    assert.equal(await isPortBusy(port), true);
    await close(server);
    assert.equal(await isPortBusy(port), false);
  });
}

test('assertPortsFree names every busy port with the variable that moves it', async () => {
  const [a, b] = [await listen('127.0.0.1'), await listen('127.0.0.1')];
  const free = await freePort();
  try {
    await assert.rejects(
      assertPortsFree([
        { port: a.address().port, service: 'API', variable: 'PORT' },
        { port: free, service: 'shop', variable: 'SHOP_PORT' },
        { port: b.address().port, service: 'Midtrans simulator', variable: 'SIMULATOR_PORT' },
      ]),
      (error) => {
        assert.ok(error instanceof PortsBusyError);
        assert.deepEqual(
          error.busy.map((need) => need.variable),
          ['PORT', 'SIMULATOR_PORT'],
        );
        assert.match(error.message, new RegExp(`Port ${a.address().port} \\(API\\).*PORT=`));
        assert.match(error.message, new RegExp(`Port ${b.address().port} \\(Midtrans simulator\\).*SIMULATOR_PORT=`));
        return true;
      },
    );
  } finally {
    await Promise.all([close(a), close(b)]);
  }
});
