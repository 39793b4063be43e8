import { chargeResponse } from '../rules/charge-response.js';
import type { SnapSession, Transaction } from '../store/types.js';
import { compact, type Wire } from '../rules/wire.js';

// Snap's "Transaction Result" (docs/midtrans.md §7): what snap.js hands to onSuccess/onPending/
// onError. It is the charge answer plus pdf_url, finish_redirect_url and, for BCA, bca_va_number.

const HAS_INSTRUCTIONS = new Set(['bank_transfer', 'echannel']);

export function transactionResult(tx: Transaction, session: SnapSession, merchantId: string, baseUrl: string): Wire {
  const result = chargeResponse(tx, merchantId, baseUrl);
  const statusCode = String(result.status_code);
  return compact({
    ...result,
    bca_va_number: tx.paymentType === 'bank_transfer' && tx.bank === 'bca' ? tx.vaNumber : undefined,
    pdf_url: HAS_INSTRUCTIONS.has(tx.paymentType) ? `${baseUrl}/snap/v1/transactions/${session.token}/pdf` : undefined,
    finish_redirect_url: finishRedirectUrl(session, tx, statusCode),
    three_ds_required: tx.awaitingThreeDs ? true : undefined,
  });
}

/**
 * Finish URL + `?order_id=&status_code=&transaction_status=` (§7); a denied payment goes to
 * the Error URL when one was given (callbacks.error, §3).
 */
export function finishRedirectUrl(session: SnapSession, tx: Transaction, statusCode: string): string | undefined {
  const base = tx.status === 'deny' ? (session.callbacks.error ?? session.callbacks.finish) : session.callbacks.finish;
  if (!base) return undefined;
  try {
    const url = new URL(base);
    url.searchParams.set('order_id', tx.orderId);
    url.searchParams.set('status_code', statusCode);
    url.searchParams.set('transaction_status', tx.status);
    return url.toString();
  } catch {
    return undefined;
  }
}
