// One error shape for every HTTP answer that is not GraphQL's own:
//   { "error": "<message for people>", "code": "<CODE for programs>" }
// (the webhook's {"error": "..."} answers are the same shape). Never HTML, never a stack.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../payments/ports.js';

export type HttpErrorCode =
  | 'BAD_JSON'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'ORIGIN_NOT_ALLOWED'
  | 'TOO_MANY_SOCKETS'
  | 'INTERNAL_ERROR';

export const errorBody = (code: HttpErrorCode, message: string) => ({ error: message, code });

export function sendError(res: Response, status: number, code: HttpErrorCode, message: string): void {
  res.status(status).json(errorBody(code, message));
}

export const notFound: RequestHandler = (_req, res) => sendError(res, 404, 'NOT_FOUND', 'not found');

/** POST bodies must be JSON; anything else gets 415 here rather than a parser's or Apollo's text answer. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && !req.is('application/json')) {
    return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the request as application/json');
  }
  next();
};

/** body-parser's error types (express.json / express.text), by what the client did wrong. */
export const BODY_ERRORS: Record<string, { status: number; code: HttpErrorCode; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_JSON', message: 'body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'body is too large' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported charset' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content encoding' },
};

/** Last in app.ts. Client errors keep their status; anything else is logged with context and masked. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error); // Express then closes the connection
    const known = BODY_ERRORS[error?.type];
    if (known) return sendError(res, known.status, known.code, known.message);
    const status = Number(error?.status ?? error?.statusCode);
    if (status >= 400 && status < 500) return sendError(res, status, 'BAD_REQUEST', 'bad request');
    logger.error('unexpected HTTP error', {
      method: req.method,
      path: req.path,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    sendError(res, 500, 'INTERNAL_ERROR', 'internal error');
  };
}
