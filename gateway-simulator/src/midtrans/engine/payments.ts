import { canChooseAgain } from '../rules/lifecycle.js';
import { defaultExpiryMs, type MethodChoice } from '../rules/payment-methods.js';
import { cardBehaviour, maskCard } from '../rules/test-cards.js';
import type { DeliveryRecord } from '../../kit/delivery/delivery-log.js';
import type { OrderRecord, Transaction } from '../store/types.js';
import { digits, uuid } from '../../kit/util/ids.js';
import { decideCardOutcome } from './card-outcome.js';
import type { SimContext } from './context.js';
import { publishNotification } from './notify.js';
import { scheduleExpiry } from './transitions.js';

// Choosing a payment method creates the Midtrans transaction (`pending`, or straight to
// capture/deny for a card that needs no 3DS). Snap's page, Core /v2/charge and the driver's
// `pay` all come through here, so all three notify the same way.

export interface PaymentRequest {
  method: MethodChoice;
  grossAmount: number;
  /** Card number (already validated by the edge). */
  cardNumber?: string;
  /** true: a 3DS card stops at `pending` until the OTP arrives; false: the shopper passes 3DS at once. */
  interactiveThreeDs: boolean;
  notificationUrls: string[];
  customFields: Record<string, string>;
  snapToken?: string;
  /** Absolute payment deadline (Snap `expiry.start_time`), or a duration from now. */
  deadline?: Date;
  durationMs?: number;
  /** false: change state without sending the notification (driver `{"notify": false}`). */
  notify?: boolean;
  /**
   * A tokenized wallet charge (GoPay pay account, subscription) needs no shopper: it ends at
   * once in settlement, or deny when the wallet is blocked (docs/midtrans.md §24).
   */
  walletOutcome?: 'settle' | 'deny';
}

export type PaymentResult =
  | { ok: true; tx: Transaction; threeDsRequired: boolean; sent: Promise<DeliveryRecord[]> }
  | { ok: false; reason: 'already_processed'; tx: Transaction };

const THREE_DS_WINDOW_MS = 15 * 60_000; // card in 3DS expires after ~10–15 min (docs/midtrans.md §21)

export function startPayment(ctx: SimContext, order: OrderRecord, req: PaymentRequest): PaymentResult {
  if (order.transaction && !canChooseAgain(order.transaction)) {
    return { ok: false, reason: 'already_processed', tx: order.transaction };
  }
  if (order.transaction) order.previous.push(order.transaction);

  const now = ctx.clock.now();
  const tx: Transaction = {
    transactionId: uuid(),
    orderId: order.orderId,
    grossAmount: req.grossAmount,
    paymentType: req.method.paymentType,
    status: 'pending',
    fraudStatus: 'accept',
    transactionTime: now,
    refunds: [],
    customFields: req.customFields,
    notificationUrls: req.notificationUrls,
    snapToken: req.snapToken,
  };
  fillMethodDetails(tx, req);

  let threeDsRequired = false;
  if (tx.card) {
    threeDsRequired = req.interactiveThreeDs && tx.card.behaviour.threeDs;
    if (threeDsRequired) {
      tx.awaitingThreeDs = true;
      tx.expiryTime = new Date(now.getTime() + THREE_DS_WINDOW_MS);
    } else {
      decideCardOutcome(ctx, tx, true);
    }
  } else if (req.walletOutcome === 'settle') {
    tx.status = 'settlement';
    tx.settlementTime = now;
  } else if (req.walletOutcome === 'deny') {
    tx.status = 'deny';
    tx.channelResponse = { code: '2', message: 'Wallet is Blocked' };
  } else {
    tx.expiryTime = req.deadline ?? new Date(now.getTime() + (req.durationMs ?? defaultExpiryMs(tx.paymentType)));
  }

  order.transaction = tx;
  ctx.store.transactionsById.set(tx.transactionId, tx);
  scheduleExpiry(ctx, tx);
  return { ok: true, tx, threeDsRequired, sent: publishNotification(ctx, tx, req.notify ?? true) };
}

/** The OTP step of a 3DS card: 112233 passes (§21), anything else is "not authenticated". */
export function completeThreeDs(ctx: SimContext, tx: Transaction, otpOk: boolean): Promise<DeliveryRecord[]> {
  decideCardOutcome(ctx, tx, otpOk);
  return publishNotification(ctx, tx);
}

function fillMethodDetails(tx: Transaction, req: PaymentRequest): void {
  const { method } = req;
  switch (method.paymentType) {
    case 'bank_transfer':
      tx.bank = method.bank;
      // Shapes of the numbers seen in §9 samples: BCA 11 digits, Permata/BNI 16, BRI 15.
      tx.vaNumber = method.bank === 'bca' ? `12345${digits(6)}` : method.bank === 'bri' ? `88888${digits(10)}` : `8${digits(15)}`;
      return;
    case 'echannel':
      tx.billKey = digits(12);
      return;
    case 'credit_card': {
      const number = req.cardNumber ?? '';
      tx.bank = 'bni';
      tx.card = { number, masked: maskCard(number), bank: 'bni', cardType: 'credit', behaviour: cardBehaviour(number) };
      return;
    }
    default:
      return;
  }
}
