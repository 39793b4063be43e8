import type { Transaction } from '../store/types.js';
import { statusApiStatusCode } from './status-codes.js';
import { compact, transactionFields, type Wire } from './wire.js';

// The answer to a charge (Core /v2/charge, and the base of Snap's Transaction Result, docs/midtrans.md §7):
// the transaction plus how to pay it (VA number, QR string, deeplinks), without a signature.

export function chargeStatusMessage(tx: Transaction): string {
  switch (tx.paymentType) {
    case 'bank_transfer':
      return 'Success, Bank Transfer transaction is created';
    case 'echannel':
      return 'OK, Mandiri Bill transaction is successful';
    case 'gopay':
      return 'GoPay transaction is created';
    case 'qris':
      return 'QRIS transaction is created';
    case 'shopeepay':
      return 'ShopeePay transaction is created';
    case 'credit_card':
      return cardStatusMessage(tx);
  }
}

function cardStatusMessage(tx: Transaction): string {
  if (tx.status === 'pending') return 'Success, Credit Card transaction is successful';
  if (tx.status === 'capture')
    return tx.fraudStatus === 'challenge' ? 'Challenge by FDS' : 'Success, Credit Card transaction is successful';
  if (tx.eci === '07') return 'Card is not authenticated.';
  if (tx.fraudStatus === 'deny') return 'Denied by FDS';
  const ch = tx.channelResponse;
  return `Deny by Bank [${(tx.bank ?? '').toUpperCase()}] with code [${ch?.code}] and message [${ch?.message}]`;
}

/** Deeplinks / QR actions for e-wallets (shapes of Core API charge responses). */
function paymentActions(tx: Transaction, baseUrl: string): Wire {
  const id = tx.transactionId;
  const statusAction = { name: 'get-status', method: 'GET', url: `${baseUrl}/v2/${id}/status` };
  const cancelAction = { name: 'cancel', method: 'POST', url: `${baseUrl}/v2/${id}/cancel` };
  switch (tx.paymentType) {
    case 'gopay':
      return {
        actions: [
          { name: 'generate-qr-code', method: 'GET', url: `${baseUrl}/v2/gopay/${id}/qr-code` },
          {
            name: 'deeplink-redirect',
            method: 'GET',
            url: `gojek://gopay/merchanttransfer?tref=${id}&amount=${tx.grossAmount}&activity=GP:RR`,
          },
          statusAction,
          cancelAction,
        ],
      };
    case 'qris':
      return {
        qr_string: qrString(tx),
        actions: [{ name: 'generate-qr-code', method: 'GET', url: `${baseUrl}/v2/qris/${id}/qr-code` }],
      };
    case 'shopeepay':
      return { actions: [{ name: 'deeplink-redirect', method: 'GET', url: `${baseUrl}/v2/shopeepay/${id}/deeplink` }] };
    default:
      return {};
  }
}

/** A QRIS-looking payload (EMVCo tags) naming the transaction; not scannable by real wallets. */
export function qrString(tx: Transaction): string {
  const amount = String(tx.grossAmount);
  return `00020101021226620014COM.GO-JEK.WWW011993600914${tx.transactionId.replace(/-/g, '').slice(0, 20)}5204599953033605402${amount.length.toString().padStart(2, '0')}${amount}5802ID5915Lunas Simulator6007Jakarta6304ABCD`;
}

export function chargeResponse(tx: Transaction, merchantId: string, baseUrl: string): Wire {
  // A charge answers before any refund exists; drop the refund fields rather than build twice.
  const { refunds: _refunds, refund_amount: _refundAmount, ...fields } = transactionFields(tx, merchantId);
  return compact({
    status_code: statusApiStatusCode(tx),
    status_message: chargeStatusMessage(tx),
    ...fields,
    ...paymentActions(tx, baseUrl),
    redirect_url: tx.awaitingThreeDs ? `${baseUrl}/v2/token/rba/redirect/${tx.transactionId}` : undefined,
  });
}
