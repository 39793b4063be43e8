import { enabledPaymentKey, type MethodChoice } from '../core/payment-methods.js';
import type { SnapSession } from '../store/types.js';
import type { SimContext } from './context.js';
import { startPayment, type PaymentResult } from './payments.js';

export type SessionPaymentResult = PaymentResult | { ok: false; reason: 'method_not_enabled'; key: string };

/** The shopper picks a method on the Snap page for this session (the page's charge and the driver's `pay`). */
export function payFromSession(
  ctx: SimContext,
  session: SnapSession,
  method: MethodChoice,
  opts: { cardNumber?: string; interactiveThreeDs: boolean },
): SessionPaymentResult {
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
  });
}
