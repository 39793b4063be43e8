import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A real local notification endpoint: records every request and answers with whatever the
// test scripted (a fixed status, a sequence, a redirect, or a slow answer).
export interface Received {
  path: string;
  method: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  raw: string;
}

export type Responder = (req: Received, index: number) => { status: number; headers?: Record<string, string>; delayMs?: number };

export interface Receiver {
  url: string;
  received: Received[];
  /** Most requests the receiver was answering at the same time. */
  readonly maxInFlight: number;
  respond(responder: Responder): void;
  /** Resolves once `count` requests arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let responder: Responder = () => ({ status: 200 });
  const waiters: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        /* keep {} */
      }
      const entry: Received = { path: req.url ?? '', method: req.method ?? '', headers: req.headers, body, raw };
      received.push(entry);
      const answer = responder(entry, received.length - 1);
      setTimeout(() => {
        inFlight--;
        res.writeHead(answer.status, answer.headers);
        res.end('ok');
        waiters.splice(0).forEach((w) => w());
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    get maxInFlight() {
      return maxInFlight;
    },
    respond(r) {
      responder = r;
    },
    waitFor(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (received.length >= count) return resolve(received.slice());
          if (Date.now() - started > timeoutMs) return reject(new Error(`expected ${count} requests, got ${received.length}`));
          setTimeout(check, 10);
        };
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
