// The webhook's body as text, and its JSON answer. A gateway posts a few hundred bytes
// of UTF-8 JSON, thousands of times a minute at a bank's settlement batch, so the common
// case is read and answered by hand: no content-type negotiation, no charset decoder
// table, no ETag (a hash of every answer that no gateway ever sends back). Anything
// else (another charset, a compressed body) still goes to Express's text parser, so it
// gets the same answer as before: decoded, or refused with 415 by http-errors.ts.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';

/** Larger bodies are refused (413); a real notification is a few KB at most. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

const fallback = express.text({ type: () => true, limit: WEBHOOK_BODY_LIMIT });

/** body-parser's own error for a body over the limit, so errorHandler answers it the same way. */
const tooLarge = () => Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });

/**
 * Whether the body can be read by hand: not compressed, UTF-8 (or no charset named), and
 * not announced as over the limit. What gateways send; the rest takes the parser's path.
 */
export function readableByHand(headers: IncomingHttpHeaders): boolean {
  const encoding = headers['content-encoding'];
  const type = headers['content-type'];
  const declared = Number(headers['content-length']);
  return (
    (encoding === undefined || encoding === 'identity') &&
    (type === undefined || !/;\s*charset=/i.test(type) || /;\s*charset="?utf-8"?\s*(;|$)/i.test(type)) &&
    !(declared > WEBHOOK_BODY_LIMIT)
  );
}

/**
 * The body as UTF-8 text (decoded once, whole, so a character split between packets is
 * read right); 'too_large' past the limit (the rest is discarded), 'aborted' if the client
 * went away.
 */
export function readUtf8Body(req: IncomingMessage): Promise<string | 'too_large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const finish = (result: string | 'too_large' | 'aborted') => {
      req.off('data', onData).off('end', onEnd).off('error', onAborted).off('aborted', onAborted);
      if (result === 'too_large' || result === 'aborted') req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > WEBHOOK_BODY_LIMIT) return finish('too_large');
      chunks.push(chunk);
    };
    const onEnd = () => finish(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, bytes).toString('utf8'));
    const onAborted = () => finish('aborted');
    req.on('data', onData).on('end', onEnd).on('error', onAborted).on('aborted', onAborted);
  });
}

/** Leaves the body in `req.body` as a string, as express.text would. */
export const webhookBody: RequestHandler = (req, res, next) => {
  if (Number(req.headers['content-length']) > WEBHOOK_BODY_LIMIT) {
    // Not read: the answer goes out and the rest of the body is discarded.
    req.resume();
    return next(tooLarge());
  }
  if (!readableByHand(req.headers)) return fallback(req, res, next);
  void readUtf8Body(req).then((body) => {
    if (body === 'too_large') return next(tooLarge());
    // The client went away: nobody is waiting for an answer, and nothing was read to act on.
    if (body === 'aborted') return next(Object.assign(new Error('request aborted'), { status: 400, type: 'request.aborted' }));
    req.body = body;
    next();
  });
};

/** The answer as JSON, written at once (what res.json does, less the ETag and freshness checks). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
