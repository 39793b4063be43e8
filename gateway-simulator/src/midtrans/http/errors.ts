import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ApiError } from '../api-error.js';

// The one place an error becomes an HTTP answer. ApiErrors are answers on purpose; anything
// else is a simulator bug: logged, and answered like Midtrans's internal error (docs/midtrans.md §4).
export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (err instanceof ApiError) {
      res.status(err.httpStatus).json(err.body);
      return;
    }
    log(`! ${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    res.status(500).json({ error_messages: ['Sorry, we encountered internal server error. We will fix this soon.'] });
  };
}

/**
 * Unknown paths. Under /v2 Midtrans answers with a Spring-style 404 body (an order_id with `/`
 * hits this, docs/midtrans.md §3 caveats); elsewhere a plain JSON 404.
 */
export const notFound: RequestHandler = (req, res) => {
  if (req.path.startsWith('/v2/')) {
    res.status(404).json({ timestamp: new Date().toISOString(), status: 404, error: 'Not Found', message: 'Not Found', path: req.path });
    return;
  }
  res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}` } });
};
