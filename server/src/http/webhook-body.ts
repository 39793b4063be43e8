// The webhook's body as text, and its JSON answer. A gateway posts a few hundred bytes
// of UTF-8 JSON, thousands of times a minute at a bank's settlement batch, so the common
// case is read and answered by hand: no content-type negotiation, no charset decoder
// table, no ETag (a hash of every answer that no gateway ever sends back). Anything
// else (another charset, a compressed body) still goes to Express's text parser, so it
// gets the same answer as before: decoded, or refused with 415 by http-errors.ts.
import express, { type RequestHandler, type Response } from 'express';

/** Larger bodies are refused (413); a real notification is a few KB at most. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

const fallback = express.text({ type: () => true, limit: WEBHOOK_BODY_LIMIT });

/** body-parser's own error for a body over the limit, so errorHandler answers it the same way. */
const tooLarge = () => Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });

/** Only these are read by hand: what gateways send. Everything else takes the parser's path. */
const isPlainUtf8 = (contentType: string | undefined, encoding: string | undefined): boolean =>
  (encoding === undefined || encoding === 'identity') &&
  (contentType === undefined || !/;\s*charset=/i.test(contentType) || /;\s*charset="?utf-8"?\s*(;|$)/i.test(contentType));

/** Leaves the body in `req.body` as a string, as express.text would. */
export const webhookBody: RequestHandler = (req, res, next) => {
  if (!isPlainUtf8(req.headers['content-type'], req.headers['content-encoding'])) return fallback(req, res, next);
  const declared = Number(req.headers['content-length']);
  if (declared > WEBHOOK_BODY_LIMIT) {
    // Not read: the answer goes out and the rest of the body is discarded.
    req.resume();
    return next(tooLarge());
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  let done = false;
  const finish = (error?: unknown) => {
    if (done) return;
    done = true;
    req.off('data', onData).off('end', onEnd).off('error', finish).off('aborted', onAborted);
    if (error) {
      req.resume();
      return next(error);
    }
    req.body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, bytes).toString('utf8');
    next();
  };
  const onData = (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > WEBHOOK_BODY_LIMIT) return finish(tooLarge());
    chunks.push(chunk);
  };
  const onEnd = () => finish();
  // The client went away: nobody is waiting for an answer, and nothing was read to act on.
  const onAborted = () => finish(Object.assign(new Error('request aborted'), { status: 400, type: 'request.aborted' }));
  req.on('data', onData).on('end', onEnd).on('error', finish).on('aborted', onAborted);
};

/** The answer as JSON, written at once (what res.json does, less the ETag and freshness checks). */
export function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
