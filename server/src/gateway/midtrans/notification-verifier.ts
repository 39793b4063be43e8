// Raw webhook body → verdict, for the payment core's NotificationService. Strict parse,
// then the signature (over order_id + status_code + gross_amount only), then the
// agreement of status_code with transaction_status. What passes is still only a claim:
// the core applies nothing without asking Midtrans's status API (docs/midtrans.md §10).
import type { NotificationHeaders, NotificationVerifier, VerifiedNotification } from '../../payments/notification-service.js';
import { signatureMatches } from './signature.js';
import { statusCodeAgrees } from './status-codes.js';
import { toPaymentEvent } from './status-mapping.js';
import { notificationSchema, parseWith } from './wire.js';

/** The Midtrans dashboard's "Test notification URL" button (docs/midtrans.md §22). */
const DASHBOARD_TEST = /^payment_notif_test_/;

export class MidtransNotificationVerifier implements NotificationVerifier {
  constructor(private readonly serverKey: string) {}

  /** Midtrans signs fields of the body; no header carries anything we check. */
  verify(_headers: NotificationHeaders, rawBody: string): VerifiedNotification {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { verdict: 'malformed', reason: 'body is not valid JSON' };
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return { verdict: 'malformed', reason: 'body must be a JSON object' };
    }
    const parsed = parseWith(notificationSchema, body);
    if (!parsed.ok) {
      return {
        verdict: 'malformed',
        reason: parsed.error,
        ...(parsed.orderId ? { orderId: parsed.orderId } : {}),
        ...(parsed.transactionStatus ? { transactionStatus: parsed.transactionStatus } : {}),
      };
    }
    const n = parsed.value;
    const about = { orderId: n.order_id, transactionStatus: n.transaction_status };
    // Verify before anything else: an unsigned body can't even tell us it is a test.
    if (!signatureMatches(n, this.serverKey)) return { verdict: 'invalid_signature', ...about };
    if (DASHBOARD_TEST.test(n.order_id)) return { verdict: 'test', ...about };
    if (!statusCodeAgrees('notification', n.transaction_status, n.status_code)) {
      return {
        verdict: 'malformed',
        reason: `status_code ${n.status_code} does not go with transaction_status ${n.transaction_status}`,
        ...about,
      };
    }
    return { verdict: 'valid', ...about, claim: toPaymentEvent(n) };
  }
}
