// Request ids: every HTTP answer carries X-Request-Id, and every log line written while
// handling the request carries the same `requestId`, so a webhook delivery or a GraphQL
// call can be followed through the logs. A caller's (or proxy's) id is kept when it is a
// short, plain token; anything else is replaced, so ids cannot inject text into logs.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { withLogContext } from '../logger.js';
import type { Logger } from '../payments/ports.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      requestId?: string;
      /** The app's logger; inside requestIds() its lines carry this request's id. */
      logger?: Logger;
    }
  }
}

/** The given id when it is safe to echo and log, else a fresh UUID. */
export function requestIdFrom(given: string | undefined): string {
  return given !== undefined && SAFE_ID.test(given) ? given : randomUUID();
}

export function requestIds(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.requestId = requestId;
    res.locals.logger = logger;
    // Every line the app's logger writes from here on (handlers, services, GraphQL errors)
    // carries the id, through awaits, without passing a logger down.
    withLogContext({ requestId }, next);
  };
}
