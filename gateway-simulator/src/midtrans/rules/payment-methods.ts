import type { PaymentType, VaBank } from '../store/types.js';

// The methods the simulator can take, by their Snap `enabled_payments` name (docs/midtrans.md §3).
export interface MethodChoice {
  paymentType: PaymentType;
  bank?: VaBank;
}

export const SUPPORTED_PAYMENTS: Record<string, MethodChoice> = {
  credit_card: { paymentType: 'credit_card' },
  bca_va: { paymentType: 'bank_transfer', bank: 'bca' },
  bni_va: { paymentType: 'bank_transfer', bank: 'bni' },
  bri_va: { paymentType: 'bank_transfer', bank: 'bri' },
  permata_va: { paymentType: 'bank_transfer', bank: 'permata' },
  echannel: { paymentType: 'echannel' },
  gopay: { paymentType: 'gopay' },
  qris: { paymentType: 'qris' },
  shopeepay: { paymentType: 'shopeepay' },
};

export const ALL_ENABLED_PAYMENTS = Object.keys(SUPPORTED_PAYMENTS);

// Snap aliases: `bank_transfer` = the VA list; `other_qris` is the documented QRIS key (§3).
const ALIASES: Record<string, string[]> = {
  bank_transfer: ['bca_va', 'bni_va', 'bri_va', 'permata_va', 'echannel'],
  other_qris: ['qris'],
};

/** Snap `enabled_payments` → the supported keys, in our canonical order; unknown names dropped. */
export function resolveEnabledPayments(requested: unknown): string[] {
  if (!Array.isArray(requested)) return [...ALL_ENABLED_PAYMENTS];
  const wanted = new Set(requested.flatMap((p) => (typeof p === 'string' ? (ALIASES[p] ?? [p]) : [])));
  return ALL_ENABLED_PAYMENTS.filter((key) => wanted.has(key));
}

/** The Snap key a charge request means, e.g. `{payment_type:'bank_transfer', bank:'bca'}` → `bca_va`. */
export function enabledPaymentKey(choice: MethodChoice): string {
  return choice.paymentType === 'bank_transfer' ? `${choice.bank}_va` : choice.paymentType;
}

const VA_BANKS: readonly string[] = ['bca', 'bni', 'bri', 'permata'];
const PAYMENT_TYPES: readonly string[] = ['bank_transfer', 'echannel', 'gopay', 'qris', 'shopeepay', 'credit_card'];

/** Parses `{payment_type, bank}`; `undefined` when the simulator doesn't offer it. */
export function parseMethodChoice(paymentType: unknown, bank: unknown): MethodChoice | undefined {
  if (typeof paymentType !== 'string' || !PAYMENT_TYPES.includes(paymentType)) return undefined;
  if (paymentType !== 'bank_transfer') return { paymentType: paymentType as PaymentType };
  const b = typeof bank === 'string' ? bank.toLowerCase() : 'bca';
  return VA_BANKS.includes(b) ? { paymentType: 'bank_transfer', bank: b as VaBank } : undefined;
}

/** CLI / driver short names: bca, bni, bri, permata, echannel, gopay, qris, shopeepay, card. */
export function methodFromShortName(name: string): MethodChoice | undefined {
  if (VA_BANKS.includes(name)) return { paymentType: 'bank_transfer', bank: name as VaBank };
  if (name === 'card') return { paymentType: 'credit_card' };
  return parseMethodChoice(name, undefined);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Default payment expiries (docs/midtrans.md §20): VA 24 h, GoPay 15 min (observed `expiry_time`),
// card in 3DS ~15 min. Mandiri Bill: the §20 conflict is resolved to 24 h like the other VAs;
// QRIS and ShopeePay: 15 min like GoPay (UNCONFIRMED, README).
export function defaultExpiryMs(paymentType: PaymentType): number {
  switch (paymentType) {
    case 'bank_transfer':
    case 'echannel':
      return 24 * HOUR;
    default:
      return 15 * MINUTE;
  }
}
