// The payment channels the simulated account has switched on, and how each appears in an
// invoice (`available_*` arrays) and in a paid invoice (payment_method / payment_channel).
// Codes are the SDK's enums (BankCode, EwalletType, QrCodeType, RetailOutletName; docs/xendit.md §3).

export type PaymentMethod = 'BANK_TRANSFER' | 'EWALLET' | 'QR_CODE' | 'RETAIL_OUTLET' | 'CREDIT_CARD';

export interface Channel {
  code: string;
  method: PaymentMethod;
  /** What the hosted page calls it. */
  label: string;
}

/** Per method, in the order the page lists them: channel code → what the page calls it. */
const LABELS: Record<PaymentMethod, Record<string, string>> = {
  BANK_TRANSFER: {
    BCA: 'BCA Virtual Account',
    BNI: 'BNI Virtual Account',
    BRI: 'BRI Virtual Account',
    MANDIRI: 'Mandiri Virtual Account',
    PERMATA: 'Permata Virtual Account',
  },
  EWALLET: { OVO: 'OVO', DANA: 'DANA', SHOPEEPAY: 'ShopeePay', LINKAJA: 'LinkAja' },
  QR_CODE: { QRIS: 'QRIS' },
  RETAIL_OUTLET: { ALFAMART: 'Alfamart', INDOMARET: 'Indomaret' },
  CREDIT_CARD: { CREDIT_CARD: 'Kartu kredit / debit' },
};

export const PAYMENT_METHODS = Object.keys(LABELS) as readonly PaymentMethod[];

export const CHANNELS: readonly Channel[] = PAYMENT_METHODS.flatMap((method) =>
  Object.entries(LABELS[method]).map(([code, label]) => ({ code, method, label })),
);

export const channelByCode = (code: string): Channel | undefined => CHANNELS.find((c) => c.code === code);

/**
 * The channel a payment names: `payment_channel` is the channel code (BCA, OVO, QRIS, ALFAMART);
 * for cards Xendit reports `payment_channel: "CREDIT_CARD"` whatever the brand.
 */
export function channelFor(method: string, channel: string | undefined): Channel | undefined {
  if (method === 'CREDIT_CARD') return channelByCode('CREDIT_CARD');
  const found = channel === undefined ? undefined : channelByCode(channel);
  return found && found.method === method ? found : undefined;
}

/**
 * The cards the page (and the driver's `card_number`) accept, in the order the page lists them:
 * its default first, then Xendit's documented 3DS test cards (docs/xendit.md §7), then a plain
 * Visa. Every one of them pays; the page has no 3DS step (docs/xendit.md §8).
 */
export const TEST_CARDS = ['4000000000001091', '4000000000000002', '5200000000000007', '4111111111111111'] as const;

export const isTestCard = (number: string): boolean => (TEST_CARDS as readonly string[]).includes(number);

/** A card as `payment_destination` shows it: the first six and last four digits, the rest masked. */
export const maskedCard = (number: string): string => `${number.slice(0, 6)}XXXXXX${number.slice(-4)}`;
