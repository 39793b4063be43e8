// POST /api/payments/notification (Midtrans) and /api/payments/xendit/notification
// (Xendit): the gateways' HTTP notifications. Thin: headers and raw body go to the
// payment core's NotificationService for that gateway (which logs the delivery first,
// verifies it through the gateway's verifier and applies only what the gateway's own API
// confirms); the answer's kind becomes a status both retry policies read the same way:
// only 2xx stops retries (docs/midtrans.md §8, xendit-reference.md §3), 503 for what a
// retry can fix.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Router } from 'express';
import type { AppMetrics } from '../metrics.js';
import { NotificationService, type NotificationAnswer } from '../payments/notification-service.js';
import type { PaymentGatewayName } from '../payments/gateway-name.js';
import type { Logger } from '../payments/ports.js';
import { sendJson, webhookBody } from './webhook-body.js';

/** Where each gateway delivers; the Midtrans path is the one its dashboard has always had. */
export const NOTIFICATION_PATHS: Record<PaymentGatewayName, string> = {
  midtrans: '/api/payments/notification',
  xendit: '/api/payments/xendit/notification',
};

/** Midtrans waits 15 s but asks for an answer within 5 s (Xendit waits 30 s); leave room for the network. */
const ANSWER_WITHIN_MS = 4_500;

/**
 * Notifications being handled at once, beyond which new ones get 503 at once: past the
 * database's pace, more work in flight only makes every answer late (Midtrans retries a
 * 503 four times, minutes apart).
 */
export const MAX_IN_FLIGHT = 256;

/** Answers one delivery whose body has been read; the same for the Express route and the webhook lane. */
export type NotificationHandler = (req: IncomingMessage, res: ServerResponse, rawBody: string, requestId?: string) => Promise<void>;

/** One gateway's handler; its in-flight count covers every way a delivery arrives. */
export function notificationHandler(deps: {
  notifications: NotificationService;
  logger: Logger;
  metrics?: AppMetrics;
}): NotificationHandler {
  let inFlight = 0;
  return async (req, res, rawBody, requestId) => {
    const started = performance.now();
    if (inFlight >= MAX_IN_FLIGHT) {
      sendJson(res, 503, toBody({ kind: 'unavailable', reason: 'too many notifications at once; retry' }));
      deps.metrics?.webhookRequest(503, (performance.now() - started) / 1000);
      return;
    }
    inFlight++;
    res.once('close', () => inFlight--);
    let answer: NotificationAnswer;
    try {
      answer = await withDeadline(
        deps.notifications.receive(rawBody, { headers: req.headers, ...(requestId ? { requestId } : {}) }),
        ANSWER_WITHIN_MS,
      );
    } catch (error) {
      // Our own failure: logged with context, masked, and retryable (503 is retried
      // four times; 500 only once).
      deps.logger.error('notification handling failed', { error: String(error), stack: (error as Error).stack });
      answer = { kind: 'unavailable', reason: 'internal error' };
    }
    const status = NotificationService.httpStatus(answer);
    sendJson(res, status, toBody(answer));
    deps.metrics?.webhookRequest(status, (performance.now() - started) / 1000);
  };
}

/**
 * The Express route, for what the webhook lane (webhook-lane.ts) leaves to Express: a
 * body in another charset or compressed, or one that announces more than the limit.
 */
export function notificationRouter(path: string, handle: NotificationHandler): Router {
  const router = Router();
  router.post(
    path,
    // Raw text, whatever the content type: the exact bytes are logged and verified, and a
    // body that is not JSON gets our 400 rather than the parser's.
    webhookBody,
    (req, res) => {
      const requestId = res.getHeader('x-request-id');
      return handle(req, res, typeof req.body === 'string' ? req.body : '', typeof requestId === 'string' ? requestId : undefined);
    },
  );
  return router;
}

/** Failures in the API's one error shape ({ error, code }), with the reason when there is one. */
function toBody(answer: NotificationAnswer): Record<string, unknown> {
  switch (answer.kind) {
    case 'done':
      return {
        status: 'ok',
        outcome: answer.outcome,
        ...(answer.orderStatus ? { orderStatus: answer.orderStatus } : {}),
        ...(answer.reason ? { reason: answer.reason } : {}),
      };
    case 'malformed':
      return { error: 'malformed notification', code: 'MALFORMED_NOTIFICATION', reason: answer.reason };
    case 'bad_signature':
      // A bad Midtrans signature_key or a wrong Xendit x-callback-token.
      return { error: 'invalid signature_key or callback token', code: 'INVALID_SIGNATURE' };
    case 'unavailable':
      return { error: 'temporarily unavailable, retry later', code: 'UNAVAILABLE', reason: answer.reason };
  }
}

/** The work goes on after the deadline (its commit is exactly-once); only the answer is sent early. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | NotificationAnswer> {
  let timer: NodeJS.Timeout;
  const late = new Promise<NotificationAnswer>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'unavailable', reason: 'took too long; retry' }), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
