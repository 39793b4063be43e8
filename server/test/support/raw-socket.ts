// A graphql-transport-ws socket that sends whatever a test (or an attacker) writes, unlike
// graphql-ws's client, and records every answer and how the socket closed.
import WebSocket from 'ws';

export interface RawSocket {
  ws: WebSocket;
  messages: any[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  subscribe(id: string, query: string, variables?: Record<string, unknown>, operationName?: string): void;
  /** Resolves with the first message matching, waiting for it if need be. */
  waitFor(match: (message: any) => boolean, timeoutMs?: number): Promise<any>;
  close(): Promise<void>;
}

/** The upgrade refused: the HTTP status and JSON body the server answered instead. */
export async function refusedUpgrade(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
  return new Promise<{ status: number; body: any; contentType?: string }>((resolve, reject) => {
    ws.once('open', () => reject(new Error('the upgrade was accepted')));
    ws.once('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text), contentType: res.headers['content-type'] }));
    });
    ws.once('error', () => undefined);
  });
}

export async function openRawSocket(url: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const ws = new WebSocket(url, 'graphql-transport-ws', { headers });
  const messages: any[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const wake of waiters) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => {
      resolve({ code, reason: String(reason) });
      for (const wake of waiters) wake();
    }),
  );
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  const socket: RawSocket = {
    ws,
    messages,
    closed,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    subscribe: (id, query, variables, operationName) =>
      socket.send({ id, type: 'subscribe', payload: { query, variables, ...(operationName ? { operationName } : {}) } }),
    async waitFor(match, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (ws.readyState === WebSocket.CLOSED || Date.now() > deadline) {
          throw new Error(`no matching message; got ${JSON.stringify(messages).slice(0, 500)}`);
        }
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
          setTimeout(wake, 50);
        });
      }
    },
    async close() {
      if (ws.readyState !== WebSocket.CLOSED) ws.close();
      await closed;
    },
  };
  socket.send({ type: 'connection_init' });
  await socket.waitFor((m) => m.type === 'connection_ack');
  return socket;
}
