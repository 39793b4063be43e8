import { amountString } from '../util/money.js';
import { jakartaTime } from '../util/time.js';
import { signatureKey } from './signature.js';
import type { Refund, Transaction } from '../store/types.js';

// Builds the Midtrans wire shape of a transaction: every scalar a string, amounts "N.00",
// times in GMT+7, null fields left out (docs/midtrans.md §9).
export type Wire = Record<string, unknown>;

/** Drop null/undefined properties, as Midtrans does. */
export function compact<T extends Wire>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null)) as T;
}

function refundWire(r: Refund): Wire {
  return compact({
    refund_chargeback_id: r.refundChargebackId,
    refund_amount: amountString(r.amount),
    created_at: jakartaTime(r.createdAt),
    reason: r.reason,
    refund_key: r.refundKey,
    refund_method: r.method,
    bank_confirmed_at: r.bankConfirmedAt ? jakartaTime(r.bankConfirmedAt) : undefined,
  });
}

/** Method-specific fields (va_numbers, permata_va_number, bill_key, card fields…), §9. */
function methodFields(tx: Transaction): Wire {
  switch (tx.paymentType) {
    case 'bank_transfer':
      if (tx.bank === 'permata') return { permata_va_number: tx.vaNumber };
      return {
        va_numbers: [{ va_number: tx.vaNumber, bank: tx.bank }],
        payment_amounts:
          tx.status === 'settlement' && tx.settlementTime
            ? [{ paid_at: jakartaTime(tx.settlementTime), amount: amountString(tx.grossAmount) }]
            : [],
      };
    case 'echannel':
      return { biller_code: '70012', bill_key: tx.billKey };
    case 'qris':
      // QRIS notifications name the wallet that paid (§9, observed Dec 2025).
      return { acquirer: 'gopay', ...(tx.settlementTime ? { issuer: 'gopay', transaction_type: 'on-us' } : {}) };
    case 'credit_card':
      return compact({
        masked_card: tx.card?.masked,
        bank: tx.bank,
        card_type: tx.card?.cardType,
        approval_code: tx.approvalCode,
        eci: tx.eci,
        channel_response_code: tx.channelResponse?.code,
        channel_response_message: tx.channelResponse?.message,
        three_ds_version: '2',
      });
    default:
      return {};
  }
}

/** Everything but status_code / status_message / signature_key. */
export function transactionFields(tx: Transaction, merchantId: string): Wire {
  const refunded = tx.refunds.reduce((sum, r) => sum + r.amount, 0);
  return compact({
    transaction_time: jakartaTime(tx.transactionTime),
    transaction_status: tx.status,
    transaction_id: tx.transactionId,
    settlement_time: tx.settlementTime ? jakartaTime(tx.settlementTime) : undefined,
    payment_type: tx.paymentType,
    order_id: tx.orderId,
    merchant_id: merchantId,
    gross_amount: amountString(tx.grossAmount),
    fraud_status: tx.fraudStatus,
    expiry_time: tx.expiryTime ? jakartaTime(tx.expiryTime) : undefined,
    currency: 'IDR',
    ...methodFields(tx),
    ...tx.customFields,
    refund_amount: tx.refunds.length ? amountString(refunded) : undefined,
    refunds: tx.refunds.length ? tx.refunds.map(refundWire) : undefined,
  });
}

/** Adds status_code, status_message and the signature over exactly those strings (§10). */
export function signed(fields: Wire, statusCode: string, statusMessage: string, serverKey: string): Wire {
  return {
    ...fields,
    status_code: statusCode,
    status_message: statusMessage,
    signature_key: signatureKey(String(fields.order_id), statusCode, String(fields.gross_amount), serverKey),
  };
}
