import http from 'node:http';
import https from 'node:https';
import type { AttemptOutcome } from './outcome.js';

// One HTTP delivery of a notification: POST JSON with the headers the gateway sends (its
// authentication among them), a timeout, 307/308 followed with the same method and body
// (≤ 5 hops), 301/302/303 reported as they are and not followed (Midtrans's rules,
// docs/midtrans.md §8; Xendit documents none, docs/xendit.md).
// No connection pooling (agent: false): every attempt is its own socket, so nothing lingers.

export interface AttemptResult {
  outcome: AttemptOutcome;
  latencyMs: number;
  /** URLs visited through 307/308, final one last. */
  redirects: string[];
  responseBody?: string;
}

const MAX_REDIRECTS = 5;
const MAX_BODY_KEPT = 2_000;

interface Hop {
  outcome: AttemptOutcome;
  location?: string;
  body?: string;
}

function postOnce(url: string, body: string, timeoutMs: number, headers: Record<string, string>): Promise<Hop> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ outcome: { kind: 'network', message: `invalid URL ${url}` } });
      return;
    }
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.request(target, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'Content-Length': Buffer.byteLength(body), Connection: 'close' },
    });
    req.setTimeout(timeoutMs, () => req.destroy(new TimeoutError()));
    req.on('error', (err) =>
      resolve({
        outcome: err instanceof TimeoutError ? { kind: 'timeout' } : { kind: 'network', message: err.message },
      }),
    );
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (c: Buffer) => {
        if (kept < MAX_BODY_KEPT) chunks.push(c);
        kept += c.length;
      });
      res.on('end', () =>
        resolve({
          outcome: { kind: 'response', status: res.statusCode ?? 0 },
          location: res.headers.location,
          body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_BODY_KEPT),
        }),
      );
      res.on('error', (err) => resolve({ outcome: { kind: 'network', message: err.message } }));
    });
    req.end(body);
  });
}

class TimeoutError extends Error {}

export async function deliver(url: string, body: string, timeoutMs: number, headers: Record<string, string>): Promise<AttemptResult> {
  const started = Date.now();
  const redirects: string[] = [];
  let current = url;
  for (;;) {
    const hop = await postOnce(current, body, timeoutMs, headers);
    const status = hop.outcome.kind === 'response' ? hop.outcome.status : 0;
    if ((status === 307 || status === 308) && hop.location && redirects.length < MAX_REDIRECTS) {
      current = new URL(hop.location, current).toString();
      redirects.push(current);
      continue;
    }
    return { outcome: hop.outcome, latencyMs: Date.now() - started, redirects, responseBody: hop.body };
  }
}
