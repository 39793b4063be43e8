import express, { type RequestHandler } from 'express';

// Request bodies the way the gateways' routers read them. Both gateways' SDKs send bodies a
// strict parser would refuse (midtrans-client sends the literal `null` on cancel/expire, xendit-node
// sends nothing on expire!), so the parser takes any JSON value or no body at all; only what
// fails to parse is an error, and each gateway words that error itself.

/**
 * Parses the body as any JSON value (`undefined` for an empty body), whatever its content-type.
 * A body that does not parse goes to `next` as the error `badJson()` builds.
 */
export function lenientJson(badJson: () => Error): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: '1mb' }),
    (req, _res, next) => {
      const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8').trim() : '';
      if (raw === '') {
        req.body = undefined;
        return next();
      }
      try {
        req.body = JSON.parse(raw) as unknown;
      } catch {
        return next(badJson());
      }
      next();
    },
  ];
}

/** The body as an object, or `{}` for null / missing / non-object bodies. */
export function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
