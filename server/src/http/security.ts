// Headers and timeouts every HTTP answer gets.
import type { ServerOptions } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's defaults everywhere (CSP default-src 'self', nosniff, frame-ancestors 'none'…).
 * The one exception is Apollo Sandbox's landing page (GET /graphql from a browser, served
 * only when introspection is on): it boots from an inline script and Apollo's CDN, so it
 * gets every helmet header except the Content-Security-Policy.
 */
export function securityHeaders({ landingPage }: { landingPage: boolean }): RequestHandler {
  const strict = helmet();
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => {
    const landing = landingPage && req.method === 'GET' && req.path === '/graphql';
    (landing ? withoutCsp : strict)(req, res, next);
  };
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
