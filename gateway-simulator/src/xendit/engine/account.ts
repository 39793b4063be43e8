import type { XenditContext } from './context.js';
import type { Account } from '../rules/invoice-wire.js';

/** The simulated Xendit account, as the wire builders need it. */
export const account = (ctx: XenditContext): Account => ({
  businessId: ctx.settings.businessId,
  merchantName: ctx.settings.merchantName,
  publicUrl: ctx.publicUrl(),
});
