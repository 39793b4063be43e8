// Texts of the invoice page, in Bahasa Indonesia and English. The invoice's `locale` picks the
// first language (Indonesian unless it says `en`); the toggle switches.
const TEXTS = {
  id: {
    total: 'Total tagihan',
    ref: 'No. referensi',
    sandbox: 'Mode uji — simulator Xendit Lunas. Tidak ada uang sungguhan yang berpindah.',
    switchLanguage: 'English',
    loading: 'Memuat…',
    notFound: 'Invoice tidak ditemukan.',
    choose: 'Pilih metode pembayaran',
    expiresIn: 'Bayar sebelum {time}',
    groupBank: 'Virtual Account',
    groupEwallet: 'E-wallet',
    groupQr: 'QRIS',
    groupRetail: 'Gerai retail',
    groupCard: 'Kartu kredit / debit',
    back: 'Kembali',
    leave: 'Batalkan dan kembali ke merchant',
    vaNumber: 'Nomor Virtual Account',
    paymentCode: 'Kode pembayaran',
    transferExactly: 'Transfer tepat {amount} ke nomor ini.',
    simulate: 'Simulasikan pembayaran',
    payWith: 'Bayar dengan {name}',
    ewalletHint: 'Di mode uji, pembayaran e-wallet langsung berhasil.',
    qrHint: 'Pindai dengan aplikasi pembayaran apa pun (mode uji: tekan tombol di bawah).',
    cardNumber: 'Nomor kartu',
    testCards: 'Kartu uji: {cards}',
    payNow: 'Bayar {amount}',
    paying: 'Memproses…',
    paidTitle: 'Invoice ini sudah dibayar',
    paidVia: 'Dibayar dengan {channel}.',
    expiredTitle: 'Invoice ini sudah kedaluwarsa',
    expiredBody: 'Invoice tidak dapat dibayar lagi. Hubungi merchant untuk tagihan baru.',
    toMerchant: 'Kembali ke merchant',
    redirecting: 'Mengalihkan ke merchant…',
    failed: 'Pembayaran gagal: {message}',
  },
  en: {
    total: 'Amount due',
    ref: 'Reference',
    sandbox: "Test mode — Lunas's Xendit simulator. No real money moves.",
    switchLanguage: 'Bahasa Indonesia',
    loading: 'Loading…',
    notFound: 'Invoice not found.',
    choose: 'Choose a payment method',
    expiresIn: 'Pay before {time}',
    groupBank: 'Virtual Account',
    groupEwallet: 'E-wallet',
    groupQr: 'QRIS',
    groupRetail: 'Retail outlet',
    groupCard: 'Credit / debit card',
    back: 'Back',
    leave: 'Cancel and return to the merchant',
    vaNumber: 'Virtual Account number',
    paymentCode: 'Payment code',
    transferExactly: 'Transfer exactly {amount} to this number.',
    simulate: 'Simulate payment',
    payWith: 'Pay with {name}',
    ewalletHint: 'In test mode, e-wallet payments succeed at once.',
    qrHint: 'Scan with any payment app (test mode: press the button below).',
    cardNumber: 'Card number',
    testCards: 'Test cards: {cards}',
    payNow: 'Pay {amount}',
    paying: 'Processing…',
    paidTitle: 'This invoice has been paid',
    paidVia: 'Paid with {channel}.',
    expiredTitle: 'This invoice has expired',
    expiredBody: 'It can no longer be paid. Ask the merchant for a new invoice.',
    toMerchant: 'Return to the merchant',
    redirecting: 'Taking you back to the merchant…',
    failed: 'Payment failed: {message}',
  },
};

let lang = 'id';

export const setLanguage = (value) => {
  lang = value === 'en' ? 'en' : 'id';
  document.documentElement.lang = lang;
};
export const language = () => lang;

export function t(key, vars = {}) {
  const text = TEXTS[lang][key] ?? TEXTS.id[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_m, name) => String(vars[name] ?? ''));
}
