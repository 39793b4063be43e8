import { reuseVerdict } from '../rules/lifecycle.js';
import type { SnapCreateRequest } from '../rules/snap-create-request.js';
import type { SnapSession } from '../store/types.js';
import { uuid } from '../../kit/util/ids.js';
import type { SimContext } from './context.js';

// Snap tokens (docs/midtrans.md §5): one live token per order_id; creating again before a method was
// chosen issues a new token and kills the old one; after that the order_id is taken (or paid).
// Page lifetime: page_expiry > expiry > 24 h (§5); its end sends no notification (§8).

const DEFAULT_PAGE_LIFETIME_MS = 24 * 3_600_000;

export type CreateSessionResult = { ok: true; session: SnapSession } | { ok: false; verdict: 'taken' | 'paid' };

export function createSession(ctx: SimContext, req: SnapCreateRequest, notificationUrls: string[]): CreateSessionResult {
  const order = ctx.store.order(req.orderId);
  const verdict = reuseVerdict(order.transaction);
  if (verdict !== 'free') return { ok: false, verdict };
  if (order.session) revoke(ctx, order.session);

  const now = ctx.clock.now();
  const expiryEnd = req.expiry && new Date((req.expiry.start ?? now).getTime() + req.expiry.durationMs);
  const pageExpiresAt = req.pageExpiryMs
    ? new Date(now.getTime() + req.pageExpiryMs)
    : (expiryEnd ?? new Date(now.getTime() + DEFAULT_PAGE_LIFETIME_MS));

  const session: SnapSession = {
    token: uuid(),
    orderId: req.orderId,
    grossAmount: req.grossAmount,
    itemDetails: req.itemDetails,
    customerDetails: req.customerDetails,
    enabledPayments: req.enabledPayments,
    callbacks: req.callbacks,
    customFields: req.customFields,
    createdAt: now,
    pageExpiresAt,
    paymentDeadline: req.expiry?.start ? expiryEnd : undefined,
    paymentDurationMs: req.expiry && !req.expiry.start ? req.expiry.durationMs : undefined,
    revoked: false,
    notificationUrls,
  };
  session.pageExpiryJob = ctx.clock.at(pageExpiresAt, () => {
    session.pageExpiryJob = undefined;
    // Once a method was chosen the page keeps showing that payment (VA number…) instead.
    if (!hasPayment(ctx, session)) session.revoked = true;
  });
  order.session = session;
  ctx.store.sessionsByToken.set(session.token, session);
  return { ok: true, session };
}

function revoke(ctx: SimContext, session: SnapSession): void {
  session.revoked = true;
  ctx.clock.cancel(session.pageExpiryJob);
  ctx.store.sessionsByToken.delete(session.token);
}

const hasPayment = (ctx: SimContext, session: SnapSession): boolean =>
  ctx.store.orders.get(session.orderId)?.transaction?.snapToken === session.token;

/** The session behind a token, unless unknown, replaced by a newer token, or expired unused. */
export function liveSession(ctx: SimContext, token: string): SnapSession | undefined {
  const session = ctx.store.sessionsByToken.get(token);
  if (!session || session.revoked) return undefined;
  if (session.pageExpiresAt <= ctx.clock.now() && !hasPayment(ctx, session)) return undefined;
  return session;
}
