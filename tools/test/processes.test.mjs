// The ownership check behind "announce only our own services": /proc tells which process
// holds the socket listening on a port (Linux; elsewhere the check is skipped).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { listeningPids, processGroup } from '../src/processes.mjs';

const linux = process.platform === 'linux';

test('finds this process as the holder of a port it listens on, and nobody on a closed one', { skip: !linux }, async () => {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  assert.deepEqual([...listeningPids(port)], [process.pid]);
  await new Promise((resolve) => server.close(resolve));
  assert.deepEqual([...listeningPids(port)], []);
});

test('reads a process group from /proc', { skip: !linux }, () => {
  assert.equal(typeof processGroup(process.pid), 'number');
  assert.equal(processGroup(2 ** 22 + 12345), undefined);
});
