// The floor, measured the way the real path is: N sockets open, POSTs at R per second,
// each timed from just before the POST to its message on the socket.
import WebSocket from 'ws';
import { request } from './http-client.js';
import { latencyOf, now, paced, sleep, type Latency } from './load.js';
import { benchFile, launch, port } from './processes.js';

export async function measureFloor(sockets: number, perSecond: number): Promise<Latency> {
  const p = await port();
  const server = await launch('floor server', benchFile('floor-server.ts'), { PORT: String(p) }, `http://127.0.0.1:${p}/`);
  const arrived = new Array<number | undefined>(sockets);
  const clients: WebSocket[] = [];
  try {
    for (let i = 0; i < sockets; i += 100) {
      const batch = Array.from({ length: Math.min(100, sockets - i) }, (_, j) => {
        const id = i + j;
        const ws = new WebSocket(`ws://127.0.0.1:${p}/ws?id=${id}`);
        ws.on('message', () => (arrived[id] ??= now()));
        clients.push(ws);
        return new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve());
          ws.once('error', reject);
        });
      });
      await Promise.all(batch);
    }
    const sentAt: number[] = [];
    await paced(sockets, perSecond, async (i) => {
      sentAt[i] = now();
      await request(`${server.url}/push`, 'POST', JSON.stringify({ to: String(i) }));
    });
    const deadline = now() + 5_000;
    while (arrived.filter((t) => t !== undefined).length < sockets && now() < deadline) await sleep(20);
    return latencyOf(
      sentAt.flatMap((t, i) => (arrived[i] === undefined ? [] : [arrived[i]! - t])),
      sockets,
    );
  } finally {
    for (const ws of clients) ws.terminate();
    await server.stop();
  }
}
