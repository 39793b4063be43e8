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

export const CHANNELS: readonly Channel[] = [
  { code: 'BCA', method: 'BANK_TRANSFER', label: 'BCA Virtual Account' },
  { code: 'BNI', method: 'BANK_TRANSFER', label: 'BNI Virtual Account' },
  { code: 'BRI', method: 'BANK_TRANSFER', label: 'BRI Virtual Account' },
  { code: 'MANDIRI', method: 'BANK_TRANSFER', label: 'Mandiri Virtual Account' },
  { code: 'PERMATA', method: 'BANK_TRANSFER', label: 'Permata Virtual Account' },
  { code: 'OVO', method: 'EWALLET', label: 'OVO' },
  { code: 'DANA', method: 'EWALLET', label: 'DANA' },
  { code: 'SHOPEEPAY', method: 'EWALLET', label: 'ShopeePay' },
  { code: 'LINKAJA', method: 'EWALLET', label: 'LinkAja' },
  { code: 'QRIS', method: 'QR_CODE', label: 'QRIS' },
  { code: 'ALFAMART', method: 'RETAIL_OUTLET', label: 'Alfamart' },
  { code: 'INDOMARET', method: 'RETAIL_OUTLET', label: 'Indomaret' },
  { code: 'CREDIT_CARD', method: 'CREDIT_CARD', label: 'Kartu kredit / debit' },
];

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['BANK_TRANSFER', 'EWALLET', 'QR_CODE', 'RETAIL_OUTLET', 'CREDIT_CARD'];

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

/** Test cards the page and driver accept (the Xendit docs' 3DS test cards, and a plain Visa). */
export const TEST_CARDS = ['4000000000001091', '4000000000000002', '5200000000000007', '4111111111111111'] as const;
