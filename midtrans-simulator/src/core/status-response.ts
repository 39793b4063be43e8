import type { Transaction } from '../store/types.js';
import { statusApiStatusCode } from './status-codes.js';
import { signed, transactionFields, type Wire } from './wire.js';

// GET /v2/{id}/status body (reference §5.1): the transaction, its GET-status status_code
// ("407" for expire), and a signature over that status_code.
export function statusResponse(tx: Transaction, merchantId: string, serverKey: string): Wire {
  const message =
    tx.paymentType === 'credit_card' && tx.status === 'expire'
      ? 'Credit Card transaction is expired'
      : 'Success, transaction is found';
  return signed(transactionFields(tx, merchantId), statusApiStatusCode(tx), message, serverKey);
}
