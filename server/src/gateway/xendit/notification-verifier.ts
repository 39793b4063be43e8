// A Xendit callback in the core's words. The token decides whether the body is read at
// all; an invoice callback becomes a claim about its order (external_id), which the core
// confirms with GET /v2/invoices/{the order's own invoice id}, so a forged invoice id or
// status in the body changes nothing by itself (xendit-reference.md §3).
import type { NotificationHeaders, NotificationVerifier, VerifiedNotification } from '../../payments/notification-service.js';
import { XenditCallbackVerifier } from './callback-verifier.js';

export class XenditNotificationVerifier implements NotificationVerifier {
  private readonly callbacks: XenditCallbackVerifier;

  constructor(callbackToken: string) {
    this.callbacks = new XenditCallbackVerifier(callbackToken);
  }

  verify(headers: NotificationHeaders, rawBody: string): VerifiedNotification {
    const verdict = this.callbacks.verify(headers, rawBody);
    switch (verdict.verdict) {
      case 'invalid_token':
        // The log's columns may show what the body claims; nothing else is read from it.
        return { verdict: 'invalid_signature', orderId: verdict.orderId ?? '', transactionStatus: verdict.status ?? '' };
      case 'malformed':
        return {
          verdict: 'malformed',
          reason: verdict.reason,
          ...(verdict.orderId ? { orderId: verdict.orderId } : {}),
          ...(verdict.status ? { transactionStatus: verdict.status } : {}),
        };
      case 'unsupported':
        // Authentic, for a Xendit product Lunas does not use: 2xx, so Xendit stops retrying.
        return { verdict: 'test', orderId: '', transactionStatus: verdict.event };
      case 'valid':
        if (verdict.kind === 'invoice') {
          return { verdict: 'valid', orderId: verdict.orderId, transactionStatus: verdict.status, claim: verdict.claim };
        }
        // Only which refund to ask about: its outcome is read with GET /refunds/{id}.
        return {
          verdict: 'valid',
          orderId: '',
          transactionStatus: `refund ${verdict.status}`,
          claim: { ignored: true, reason: 'a refund callback is confirmed with GET /refunds/{id}' },
          refundClaim: { gatewayRefundId: verdict.refundId },
        };
    }
  }
}
