import { accountNotification, linkRefusal, PHONE_MESSAGE, SANDBOX_PHONES, validPhone } from '../rules/pay-account.js';
import type { PayAccount } from '../store/recurring-types.js';
import { uuid } from '../../kit/util/ids.js';
import type { SimContext } from './context.js';

// GoPay tokenization (docs/midtrans.md §24): link (PENDING until the user approves in the app),
// enable (the driver or the activation page plays the user), unbind.

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

export type LinkResult =
  { ok: true; account: PayAccount } | { ok: false; kind: 'invalid'; messages: string[] } | { ok: false; kind: 'refused'; body: Obj };

export function linkAccount(ctx: SimContext, body: unknown): LinkResult {
  const root = obj(body);
  const partner = obj(root.gopay_partner);
  const messages: string[] = [];
  if (root.payment_type !== 'gopay') messages.push('payment_type must be gopay');
  if (!validPhone(partner.phone_number)) messages.push(PHONE_MESSAGE);
  const countryCode = partner.country_code === undefined ? '62' : partner.country_code;
  if (typeof countryCode !== 'string' || !/^\d{1,3}$/.test(countryCode)) messages.push('gopay_partner.country_code must be numeric digits');
  if (messages.length) return { ok: false, kind: 'invalid', messages };

  const phone = partner.phone_number as string;
  const state = ctx.store.gopayUsers.get(phone) ?? SANDBOX_PHONES[phone] ?? 'active';
  if (state !== 'active') return { ok: false, kind: 'refused', body: linkRefusal(state) };

  const account: PayAccount = {
    accountId: uuid(),
    phone,
    countryCode: countryCode as string,
    status: 'PENDING',
    createdAt: ctx.clock.now(),
    referenceId: uuid(),
  };
  ctx.store.payAccounts.set(account.accountId, account);
  return { ok: true, account };
}

/** The user approves the link in GoPay: ENABLED, payment-option tokens, a pay-account notification. */
export function enableAccount(ctx: SimContext, account: PayAccount): boolean {
  if (account.status !== 'PENDING') return false;
  account.status = 'ENABLED';
  account.walletToken = uuid();
  account.payLaterToken = uuid();
  notifyAccount(ctx, account);
  return true;
}

export function unbindAccount(ctx: SimContext, account: PayAccount): boolean {
  if (account.status !== 'ENABLED') return false;
  account.status = 'DISABLED';
  notifyAccount(ctx, account);
  return true;
}

function notifyAccount(ctx: SimContext, account: PayAccount): void {
  ctx.notifier.publish({
    orderId: account.accountId,
    transactionStatus: `account_${account.status.toLowerCase()}`,
    payload: accountNotification(account, ctx.opts.serverKey),
    urls: ctx.opts.notificationUrls,
  });
}
