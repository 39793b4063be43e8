// Headers and timeouts every HTTP answer gets.
import type { IncomingMessage, ServerOptions, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's defaults everywhere (CSP default-src 'self', nosniff, frame-ancestors 'none'…).
 * The one exception is Apollo Sandbox's landing page (GET /graphql from a browser, served
 * only when introspection is on): it boots from an inline script and Apollo's CDN, so it
 * gets every helmet header except the Content-Security-Policy.
 *
 * With these options helmet's headers are the same on every answer (no nonce, nothing
 * read from the request), so helmet runs once, here, and each answer gets the headers it
 * wrote: its thirteen middlewares per request were a measurable part of a webhook's CPU.
 */
export function securityHeaders({ landingPage }: { landingPage: boolean }): RequestHandler {
  const withoutCsp = headersOf(helmet({ contentSecurityPolicy: false }));
  return (req, res, next) => {
    setSecurityHeaders(res, landingPage && req.method === 'GET' && req.path === '/graphql' ? withoutCsp : STRICT_HEADERS);
    next();
  };
}

interface HeaderChanges {
  set: (readonly [string, string])[];
  removed: string[];
}

/** helmet's defaults, as one run of it leaves an answer's headers. */
const STRICT_HEADERS = headersOf(helmet());

/** Gives an answer helmet's headers (the strict ones unless told); also outside Express (webhook-lane.ts). */
export function setSecurityHeaders(res: ServerResponse, { set, removed }: HeaderChanges = STRICT_HEADERS): void {
  for (let i = 0; i < set.length; i++) res.setHeader(set[i]![0], set[i]![1]);
  for (let i = 0; i < removed.length; i++) res.removeHeader(removed[i]!);
}

/** What one run of `middleware` does to an answer's headers: those it sets, those it removes (X-Powered-By). */
function headersOf(middleware: ReturnType<typeof helmet>): HeaderChanges {
  const set = new Map<string, string>();
  const removed = new Set<string>();
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      set.set(name, String(value));
      removed.delete(name);
    },
    removeHeader: (name: string) => {
      set.delete(name);
      removed.add(name);
    },
  };
  let failed: unknown;
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => (failed = error));
  if (failed) throw new Error(`helmet refused its options: ${String(failed)}`);
  if (set.size === 0) throw new Error('helmet set no headers');
  return { set: [...set], removed: [...removed] };
}

/**
 * A client that sends its headers or body a byte at a time (slowloris) is cut off instead
 * of holding a socket forever. keepAliveTimeout must stay above the idle timeout of any
 * load balancer in front (README "Limits and guardrails").
 *
 * Node enforces headersTimeout and requestTimeout only when it sweeps its connections,
 * every connectionsCheckingInterval (30 s unless told): with the default, a 10 s header
 * limit cut clients at 18-28 s and a 30 s request limit at 58 s. Sweeping every second
 * makes each limit hold to within a second.
 */
export const SERVER_TIMEOUTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkEveryMs: 1_000,
} as const;

export type ServerTimeouts = { [K in keyof typeof SERVER_TIMEOUTS]: number };

/** Options for `http.createServer`: the sweep interval can only be given there. */
export function serverOptions(timeouts: ServerTimeouts = SERVER_TIMEOUTS): ServerOptions {
  return {
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    connectionsCheckingInterval: timeouts.checkEveryMs,
  };
}
