// Headers and timeouts every HTTP answer gets.
import type { Server } from 'node:http';
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
 */
export const SERVER_TIMEOUTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 } as const;

export function applyServerTimeouts(server: Server): void {
  server.headersTimeout = SERVER_TIMEOUTS.headersTimeoutMs;
  server.requestTimeout = SERVER_TIMEOUTS.requestTimeoutMs;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeoutMs;
}
