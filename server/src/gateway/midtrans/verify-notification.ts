// Turns a raw webhook body into something the app can act on, or a reason to refuse it.
import type { IgnoredEvent, PaymentEvent } from '../../payments/payment-event.js';
import { isDashboardTestNotification, parseNotification, type MidtransNotification } from './notification.js';
import { signatureMatches } from './signature.js';
import { toPaymentEvent } from './status-mapping.js';

export type VerifiedNotification =
  | { kind: 'malformed'; error: string }
  | { kind: 'bad_signature'; notification: MidtransNotification }
  | { kind: 'test'; notification: MidtransNotification }
  | { kind: 'ignored'; notification: MidtransNotification; reason: string }
  | { kind: 'event'; notification: MidtransNotification; orderId: string; event: PaymentEvent };

export function verifyNotification(rawBody: string, serverKey: string): VerifiedNotification {
  const parsed = parseNotification(rawBody);
  if (!parsed.ok) return { kind: 'malformed', error: parsed.error };
  const notification = parsed.notification;
  // Verify before anything else: an unsigned body can't even tell us it is a test.
  if (!signatureMatches(notification, serverKey)) return { kind: 'bad_signature', notification };
  if (isDashboardTestNotification(notification)) return { kind: 'test', notification };
  const event: PaymentEvent | IgnoredEvent = toPaymentEvent(notification);
  if ('ignored' in event) return { kind: 'ignored', notification, reason: event.reason };
  return { kind: 'event', notification, orderId: notification.order_id, event };
}
