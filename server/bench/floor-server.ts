// The bare floor: what any server on this machine needs to turn an HTTP POST into a
// WebSocket message — no database, no GraphQL, no verification. POST /push {"to": k}
// sends a message on socket k (connected as /ws?id=k) and answers 200. The bench
// measures this beside the real path, on the same machine in the same run.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const sockets = new Map<string, WebSocket>();
const server = createServer((req, res) => {
  if (req.method === 'GET') return void res.end('ok');
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const { to } = JSON.parse(body) as { to: string };
    sockets.get(to)?.send(JSON.stringify({ to, status: 'PAID' }));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
});
const wss = new WebSocketServer({ server, path: '/ws' });
wss.on('connection', (socket, req) => {
  const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '';
  sockets.set(id, socket);
  socket.on('close', () => sockets.delete(id));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`floor server on ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => process.exit(0));
