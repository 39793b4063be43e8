import type { Transaction } from '../store/types.js';
import { statusApiStatusCode } from './status-codes.js';
import { signed, transactionFields, type Wire } from './wire.js';

// GET /v2/{id}/status body (docs/midtrans.md §14): the transaction, its GET-status status_code
// ("407" for expire), and a signature over that status_code.
export function statusResponse(tx: Transaction, merchantId: string, serverKey: string): Wire {
  return signed(transactionFields(tx, merchantId), statusApiStatusCode(tx), statusMessage(tx), serverKey);
}

// Messages seen in §14: card captures say "…Credit Card transaction is successful", an expired
// card "Credit Card transaction is expired", everything else "Success, transaction is found".
function statusMessage(tx: Transaction): string {
  if (tx.paymentType !== 'credit_card') return 'Success, transaction is found';
  if (tx.status === 'expire') return 'Credit Card transaction is expired';
  if (tx.status === 'capture' || tx.status === 'settlement') return 'Success, Credit Card transaction is successful';
  return 'Success, transaction is found';
}
