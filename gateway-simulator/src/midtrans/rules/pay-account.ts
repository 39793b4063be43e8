import type { GopayUserState, PayAccount } from '../store/recurring-types.js';
import { signatureKey } from './signature.js';

// GoPay tokenization ("pay account") rules, docs/midtrans.md §24: phone validation, the
// sandbox's special phone numbers and the wire shapes of link / get / unbind.

export const PHONE_MESSAGE = 'gopay_partner.phone_number must be numeric digits and must not begin with 0';

/** Phones the sandbox answers specially (the official clients' tests use them). */
export const SANDBOX_PHONES: Record<string, GopayUserState> = {
  '123450001': 'unregistered',
  '123450002': 'blocked',
};

export const validPhone = (phone: unknown): phone is string => typeof phone === 'string' && /^[1-9]\d{5,15}$/.test(phone);

/** What linking answers when the wallet refuses: status_code "202" with the wallet's reason. */
export function linkRefusal(state: Exclude<GopayUserState, 'active'>): Record<string, unknown> {
  return {
    status_code: '202',
    payment_type: 'gopay',
    account_status: 'DISABLED',
    channel_response_code: state === 'blocked' ? '2' : '1',
    channel_response_message: state === 'blocked' ? 'Wallet is Blocked' : 'User Not Found',
  };
}

export function accountWire(a: PayAccount, baseUrl: string): Record<string, unknown> {
  const base = { payment_type: 'gopay', account_id: a.accountId, account_status: a.status };
  switch (a.status) {
    case 'PENDING': {
      const link = `${baseUrl}/v2/pay/account/${a.accountId}/link`;
      return {
        status_code: '201',
        ...base,
        actions: [
          { name: 'activation-deeplink', method: 'GET', url: `${link}?mode=deeplink` },
          { name: 'activation-link-url', method: 'GET', url: link },
          { name: 'activation-link-app', method: 'GET', url: `${link}?mode=app` },
        ],
        metadata: { reference_id: a.referenceId },
      };
    }
    case 'ENABLED':
      return {
        status_code: '200',
        ...base,
        metadata: {
          payment_options: [
            { name: 'GOPAY_WALLET', active: true, balance: { value: '1000000.00', currency: 'IDR' }, metadata: {}, token: a.walletToken },
            { name: 'PAY_LATER', active: true, balance: { value: '350000.00', currency: 'IDR' }, metadata: {}, token: a.payLaterToken },
          ],
        },
      };
    default:
      return { status_code: '204', ...base };
  }
}

/** Pay-account notifications are signed over account_id + account_status + status_code (§10). */
export function accountNotification(a: PayAccount, serverKey: string): Record<string, unknown> {
  const statusCode = '200';
  return {
    account_id: a.accountId,
    account_status: a.status,
    payment_type: 'gopay',
    status_code: statusCode,
    signature_key: signatureKey(a.accountId, a.status, statusCode, serverKey),
  };
}
