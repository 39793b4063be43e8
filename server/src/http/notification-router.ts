// POST /api/payments/notification — Midtrans's HTTP notification (webhook).
// Verifies, translates, applies, answers; every call is logged in payment_notifications.
//
// Status codes are chosen for Midtrans's retry policy (reference §4.1): 2xx stops
// retries, so anything a retry cannot fix (unknown order, stale or rejected event)
// gets 200; a bad body 400 and a bad signature 401 (each retried twice by Midtrans,
// harmlessly); only our own failures get 500, which Midtrans retries.
import express, { Router } from 'express';
import { verifyNotification } from '../gateway/midtrans/verify-notification.js';
import type { OrderChangeService } from '../payments/order-change-service.js';
import type { Logger } from '../payments/ports.js';
import type { NotificationLogEntry } from '../persistence/notification-log.js';

export interface NotificationRouterDeps {
  serverKey: string;
  changes: OrderChangeService;
  log: { record(entry: NotificationLogEntry): Promise<void> };
  logger: Logger;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  entry: Omit<NotificationLogEntry, 'receivedAt' | 'rawBody' | 'httpStatus'>;
}

export function notificationRouter(deps: NotificationRouterDeps): Router {
  const router = Router();
  router.post(
    '/api/payments/notification',
    // Raw text, whatever the content type: the exact bytes are logged, and a body that
    // is not JSON gets our 400 rather than the parser's.
    express.text({ type: () => true, limit: '64kb' }),
    async (req, res) => {
      const receivedAt = new Date();
      const rawBody = typeof req.body === 'string' ? req.body : '';
      let answer: Answer;
      try {
        answer = await handle(rawBody, deps);
      } catch (error) {
        deps.logger.error('notification handling failed', { error: String(error), stack: (error as Error).stack });
        answer = { status: 500, body: { error: 'internal error' }, entry: { outcome: 'error', reason: String(error) } };
      }
      try {
        await deps.log.record({ receivedAt, rawBody, httpStatus: answer.status, ...answer.entry });
      } catch (error) {
        deps.logger.error('could not log a notification', { error: String(error), orderId: answer.entry.orderId });
      }
      res.status(answer.status).json(answer.body);
    },
  );
  return router;
}

async function handle(rawBody: string, deps: NotificationRouterDeps): Promise<Answer> {
  const verified = verifyNotification(rawBody, deps.serverKey);
  if (verified.kind === 'malformed') {
    return { status: 400, body: { error: verified.error }, entry: { outcome: 'malformed', reason: verified.error } };
  }
  const n = verified.notification;
  const about = { orderId: n.order_id, transactionStatus: n.transaction_status };
  switch (verified.kind) {
    case 'bad_signature':
      deps.logger.warn('notification with an invalid signature_key', about);
      return {
        status: 401,
        body: { error: 'invalid signature_key' },
        entry: { ...about, signatureValid: false, outcome: 'invalid_signature' },
      };
    case 'test':
      return {
        status: 200,
        body: { status: 'ok', outcome: 'ignored', reason: 'dashboard test notification' },
        entry: { ...about, signatureValid: true, outcome: 'ignored', reason: 'dashboard test notification' },
      };
    case 'ignored':
      return {
        status: 200,
        body: { status: 'ok', outcome: 'ignored', reason: verified.reason },
        entry: { ...about, signatureValid: true, outcome: 'ignored', reason: verified.reason },
      };
    case 'event': {
      const result = await deps.changes.apply(verified.orderId, verified.event);
      if (result.outcome === 'unknown_order') {
        deps.logger.warn('notification for an unknown order', about);
        return {
          status: 200,
          body: { status: 'ok', outcome: 'ignored', reason: 'unknown order' },
          entry: { ...about, signatureValid: true, outcome: 'unknown_order' },
        };
      }
      if (result.outcome === 'rejected') deps.logger.warn('notification rejected', { ...about, reason: result.reason });
      const outcome = result.outcome === 'changed' ? 'applied' : result.outcome;
      return {
        status: 200,
        body: { status: 'ok', outcome, orderStatus: result.order.status, reason: result.reason },
        entry: { ...about, signatureValid: true, outcome, reason: result.reason },
      };
    }
  }
}
