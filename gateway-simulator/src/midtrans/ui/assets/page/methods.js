// The payment methods the page offers, keyed by Snap `enabled_payments` names (docs/midtrans.md §3),
// and how each is charged through POST /snap/v2/transactions/{token}/charge.

const bank = (code, name) => ({
  id: `${code}_va`,
  kind: 'va',
  group: 'groupBank',
  label: `${name} Virtual Account`,
  bankName: name,
  logo: name,
  charge: { payment_type: 'bank_transfer', bank: code },
});

export const METHODS = [
  { id: 'credit_card', kind: 'card', group: 'groupCard', label: null, logo: 'VISA · MC', charge: { payment_type: 'credit_card' } },
  { id: 'gopay', kind: 'qr', group: 'groupEwallet', label: 'GoPay', logo: 'GoPay', charge: { payment_type: 'gopay' } },
  { id: 'qris', kind: 'qr', group: 'groupEwallet', label: 'QRIS', logo: 'QRIS', charge: { payment_type: 'qris' } },
  { id: 'shopeepay', kind: 'qr', group: 'groupEwallet', label: 'ShopeePay', logo: 'SPay', charge: { payment_type: 'shopeepay' } },
  bank('bca', 'BCA'),
  bank('bni', 'BNI'),
  bank('bri', 'BRI'),
  bank('permata', 'Permata'),
  {
    id: 'echannel',
    kind: 'bill',
    group: 'groupBank',
    label: 'Mandiri Bill Payment',
    bankName: 'Mandiri',
    logo: 'Mandiri',
    charge: { payment_type: 'echannel' },
  },
];

// Snap aliases (docs/midtrans.md §3): `bank_transfer` = the VA list, `other_qris` = QRIS.
const ALIASES = {
  bank_transfer: ['bca_va', 'bni_va', 'bri_va', 'permata_va', 'echannel'],
  other_qris: ['qris'],
};

function expand(names) {
  return new Set(names.flatMap((name) => ALIASES[name] || [name]));
}

/**
 * Methods enabled at token creation, further narrowed by snap.js's `enabledPayments`
 * option (docs/midtrans.md §6), in the page's display order.
 */
export function enabledMethods(fromSession, fromOptions) {
  const allowed = expand(Array.isArray(fromSession) ? fromSession : METHODS.map((m) => m.id));
  const narrowed = fromOptions && fromOptions.length ? expand(fromOptions) : null;
  return METHODS.filter((m) => allowed.has(m.id) && (!narrowed || narrowed.has(m.id)));
}

export function methodById(id) {
  return METHODS.find((m) => m.id === (ALIASES[id]?.[0] ?? id));
}

/** Which method a transaction (charge result or status object) was made with. */
export function methodOf(tx) {
  if (tx.payment_type === 'bank_transfer') {
    if (tx.permata_va_number) return methodById('permata_va');
    const va = tx.va_numbers?.[0]?.bank ?? (tx.bca_va_number ? 'bca' : null);
    return va ? methodById(`${va}_va`) : null;
  }
  return methodById(tx.payment_type) ?? null;
}

/** The pieces a pending screen shows: VA number, bill key + biller code, or QR string. */
export function paymentCodes(tx) {
  return {
    vaNumber: tx.permata_va_number ?? tx.va_numbers?.[0]?.va_number ?? tx.bca_va_number ?? null,
    billKey: tx.bill_key ?? null,
    billerCode: tx.biller_code ?? null,
    // Only QRIS charges carry qr_string; GoPay / ShopeePay get a placeholder seeded from their
    // QR / deeplink action, so every pending e-wallet payment still shows something to scan.
    qrString: tx.qr_string ?? tx.actions?.[0]?.url ?? tx.transaction_id ?? null,
  };
}
