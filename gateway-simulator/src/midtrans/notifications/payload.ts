import { signed, transactionFields, type Wire } from '../rules/wire.js';
import { notificationStatusCode } from '../rules/status-codes.js';
import type { ChaosSettings } from '../chaos.js';
import type { Transaction, TransactionStatus } from '../store/types.js';
import { signatureKey } from '../rules/signature.js';

// The body Midtrans POSTs to the Payment Notification URL (docs/midtrans.md §9).
export const NOTIFICATION_STATUS_MESSAGE = 'midtrans payment notification';

export function notificationPayload(tx: Transaction, merchantId: string, serverKey: string): Wire {
  return signed(transactionFields(tx, merchantId), notificationStatusCode(tx), NOTIFICATION_STATUS_MESSAGE, serverKey);
}

const FORGED_CODES: Partial<Record<TransactionStatus, string>> = {
  pending: '201',
  deny: '202',
  cancel: '202',
  expire: '202',
};

/** Applies the payload-changing chaos knobs (chaos.ts) to a signed payload. */
export function applyPayloadChaos(payload: Wire, chaos: ChaosSettings, serverKey: string): Wire {
  let out = { ...payload };
  if (chaos.amountWithoutDecimals) {
    const gross = String(out.gross_amount).replace(/\.00$/, '');
    out = {
      ...out,
      gross_amount: gross,
      signature_key: signatureKey(String(out.order_id), String(out.status_code), gross, serverKey),
    };
  }
  if (chaos.forgeStatus) {
    // The signature stays the one Midtrans made for the real status: what an attacker who
    // replays a signed body with a rewritten status would send.
    out = {
      ...out,
      transaction_status: chaos.forgeStatus,
      status_code: FORGED_CODES[chaos.forgeStatus as TransactionStatus] ?? '200',
    };
  }
  if (chaos.tamperSignature) {
    const sig = String(out.signature_key);
    out = { ...out, signature_key: (sig[0] === '0' ? '1' : '0') + sig.slice(1) };
  }
  return out;
}
