// Request ids: every HTTP answer carries X-Request-Id, and every log line written while
// handling the request carries the same `requestId`, so a webhook delivery or a GraphQL
// call can be followed through the logs. A caller's (or proxy's) id is kept when it is a
// short, plain token; anything else is replaced, so ids cannot inject text into logs.
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../payments/ports.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      requestId?: string;
      /** The app's logger with this request's id on every line. */
      logger?: Logger;
    }
  }
}

/** The given id when it is safe to echo and log, else a fresh UUID. */
export function requestIdFrom(given: string | undefined): string {
  return given !== undefined && SAFE_ID.test(given) ? given : randomUUID();
}

/** `logger` with `context` merged into every line (works for any Logger implementation). */
export function withContext(logger: Logger, context: Record<string, unknown>): Logger {
  const child = (logger as Partial<{ child(bindings: Record<string, unknown>): Logger }>).child;
  if (typeof child === 'function') return child.call(logger, context);
  return {
    info: (message, extra) => logger.info(message, { ...context, ...extra }),
    warn: (message, extra) => logger.warn(message, { ...context, ...extra }),
    error: (message, extra) => logger.error(message, { ...context, ...extra }),
  };
}

export function requestIds(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.requestId = requestId;
    res.locals.logger = withContext(logger, { requestId });
    next();
  };
}

/** The request's logger (with its id) for handlers; `fallback` outside requestIds(). */
export function requestLogger(res: Response, fallback: Logger): Logger {
  return res.locals.logger ?? fallback;
}

