import type { FraudStatus, Transaction, TransactionStatus } from '../store/types.js';

// Which moves the transaction status cycle allows (docs/midtrans.md §12, §15–§17). Pure: the
// engine asks, and answers 412 "Merchant cannot modify the status of the transaction" on `undefined`.
export type Move =
  | 'settle' // bank/shopper completes payment; card capture settles (D+0/D+1)
  | 'expire' // payment deadline passed, or POST /expire
  | 'cancel' // POST /cancel
  | 'bank_deny' // the bank/provider refuses: pending → deny; settlement → deny (reversal)
  | 'approve' // POST /approve on a challenged card
  | 'challenge_deny' // POST /deny on a challenged card
  | 'refund';

export interface Next {
  status: TransactionStatus;
  fraudStatus: FraudStatus;
}

// Reversal: "for Permata VA, Mandiri Bill and Indomaret, settlement can rarely change to deny" (§12).
const REVERSIBLE = (tx: Transaction): boolean =>
  tx.paymentType === 'echannel' || (tx.paymentType === 'bank_transfer' && tx.bank === 'permata');

export function nextState(tx: Transaction, move: Move): Next | undefined {
  const { status, fraudStatus } = tx;
  const challenged = status === 'capture' && fraudStatus === 'challenge';
  switch (move) {
    case 'settle':
      if (status === 'pending' && !tx.awaitingThreeDs && tx.paymentType !== 'credit_card') return { status: 'settlement', fraudStatus };
      if (status === 'capture' && fraudStatus === 'accept') return { status: 'settlement', fraudStatus };
      return undefined;
    case 'expire':
      return status === 'pending' ? { status: 'expire', fraudStatus } : undefined;
    case 'cancel':
      return status === 'pending' || status === 'authorize' || status === 'capture' ? { status: 'cancel', fraudStatus } : undefined;
    case 'bank_deny':
      if (status === 'pending') return { status: 'deny', fraudStatus };
      if (challenged) return { status: 'deny', fraudStatus: 'deny' };
      if (status === 'settlement' && REVERSIBLE(tx)) return { status: 'deny', fraudStatus };
      return undefined;
    case 'approve':
      return challenged ? { status: 'capture', fraudStatus: 'accept' } : undefined;
    case 'challenge_deny':
      return challenged ? { status: 'deny', fraudStatus: 'deny' } : undefined;
    case 'refund':
      return status === 'settlement' || status === 'partial_refund' ? { status: 'refund', fraudStatus } : undefined;
  }
}

/**
 * States after which a method may be chosen again for the same order_id: deny (retry inside the
 * Snap session, §19) and expire/cancel (the order_id becomes reusable, §15).
 */
export const canChooseAgain = (tx: Transaction | undefined): boolean =>
  !tx || tx.status === 'deny' || tx.status === 'expire' || tx.status === 'cancel';

/** Snap create with an order_id already used (docs/midtrans.md §5, §19). */
export function reuseVerdict(tx: Transaction | undefined): 'free' | 'taken' | 'paid' {
  if (!tx) return 'free';
  switch (tx.status) {
    case 'expire':
    case 'cancel':
      return 'free';
    case 'capture':
    case 'settlement':
    case 'refund':
    case 'partial_refund':
      return 'paid';
    default:
      return 'taken';
  }
}
