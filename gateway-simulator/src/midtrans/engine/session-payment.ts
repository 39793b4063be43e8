import { enabledPaymentKey, type MethodChoice } from '../rules/payment-methods.js';
import type { SnapSession } from '../store/types.js';
import type { SimContext } from './context.js';
import { startPayment, type PaymentResult } from './payments.js';

export type SessionPaymentResult =
  PaymentResult | { ok: false; reason: 'method_not_enabled'; key: string } | { ok: false; reason: 'session_expired' };

/** The shopper picks a method on the Snap page for this session (the page's charge and the driver's `pay`). */
export function payFromSession(
  ctx: SimContext,
  session: SnapSession,
  method: MethodChoice,
  opts: { cardNumber?: string; interactiveThreeDs: boolean; notify?: boolean },
): SessionPaymentResult {
  // A token past its page lifetime stays readable when it has a payment, but takes no new one;
  // nor does one whose `expiry` (with start_time) has passed, even if page_expiry is longer
  // (docs/midtrans.md §5).
  const now = ctx.clock.now();
  if (session.pageExpiresAt <= now || (session.paymentDeadline && session.paymentDeadline <= now)) {
    return { ok: false, reason: 'session_expired' };
  }
  const key = enabledPaymentKey(method);
  if (!session.enabledPayments.includes(key)) return { ok: false, reason: 'method_not_enabled', key };
  return startPayment(ctx, ctx.store.order(session.orderId), {
    method,
    grossAmount: session.grossAmount,
    cardNumber: opts.cardNumber,
    interactiveThreeDs: opts.interactiveThreeDs,
    notificationUrls: session.notificationUrls,
    customFields: session.customFields,
    snapToken: session.token,
    deadline: session.paymentDeadline,
    durationMs: session.paymentDurationMs,
    notify: opts.notify,
  });
}
