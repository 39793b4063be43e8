import type { IncomingMessage } from 'node:http';
import type { Express } from 'express';

/**
 * Express's req.ip for a request Express never routes (the WebSocket upgrade), so HTTP
 * and the socket apply the same TRUST_PROXY rule: a view of the request on Express's own
 * request prototype, whose `ip` getter reads the socket address and X-Forwarded-For.
 */
export function clientIpOf(app: Express, req: IncomingMessage): string {
  const view = Object.create(app.request, {
    headers: { value: req.headers },
    socket: { value: req.socket },
    connection: { value: req.socket },
  }) as { ip?: string };
  return view.ip ?? 'unknown';
}
