import { MapStore } from '../../kit/util/map-store.js';
import type { Invoice, Refund } from '../rules/types.js';

// Xendit's state: invoices by id, refunds by id, and the refund idempotency keys
// (docs/xendit.md §5: the same key and body replay the refund; another body is a 409).
export interface IdempotentRefund {
  /** The request body as JSON, compared on replay. */
  fingerprint: string;
  refundId: string;
}

export class XenditStore extends MapStore {
  readonly invoices = new Map<string, Invoice>();
  readonly refunds = new Map<string, Refund>();
  readonly refundKeys = new Map<string, IdempotentRefund>();
  /** Clock jobs per invoice (expiry, settlement), cancelled when the state moves on. */
  readonly jobs = new Map<string, number[]>();
  /** The latest callback event per invoice, for resend. */
  readonly lastEvent = new Map<string, string>();
}
