// Texts of the payment page. Bahasa Indonesia is Snap's default language (docs/midtrans.md §6).
const TEXTS = {
  id: {
    title: 'Pembayaran',
    close: 'Tutup',
    loading: 'Memuat…',
    processing: 'Memproses…',
    orderId: 'ID pesanan',
    total: 'Total',
    orderDetails: 'Rincian pesanan',
    sandbox: 'Mode sandbox — simulator Midtrans Lunas. Jangan gunakan kartu atau rekening asli.',
    switchLanguage: 'English',
    chooseMethod: 'Pilih metode pembayaran',
    groupCard: 'Kartu',
    groupEwallet: 'E-wallet & QRIS',
    groupBank: 'Transfer bank',
    noMethods: 'Tidak ada metode pembayaran yang tersedia untuk transaksi ini.',
    backToMerchant: 'Kembali ke merchant',
    back: 'Kembali',
    cardTitle: 'Kartu kredit/debit',
    cardNumber: 'Nomor kartu',
    cardExpiry: 'Masa berlaku (BB/TT)',
    cardCvv: 'CVV',
    payAmount: 'Bayar {amount}',
    testCards: 'Kartu uji sandbox',
    testCardsHint: 'CVV 123, masa berlaku bulan apa pun di masa depan, OTP 3D Secure 112233.',
    cardAccept: 'berhasil',
    cardDeny: 'ditolak bank',
    useCard: 'Pakai',
    invalidNumber: 'Nomor kartu tidak valid.',
    invalidExpiry: 'Masa berlaku tidak valid (BB/TT).',
    invalidCvv: 'CVV harus 3–4 angka.',
    otpTitle: 'Verifikasi 3D Secure',
    otpIntro: 'Simulasi halaman bank penerbit kartu. Masukkan kode OTP yang dikirim ke ponsel Anda.',
    otpLabel: 'Kode OTP',
    otpHint: 'OTP sandbox: 112233',
    otpSubmit: 'Verifikasi',
    vaTitle: '{bank} Virtual Account',
    vaNumber: 'Nomor Virtual Account',
    billKey: 'Kode pembayaran (bill key)',
    billerCode: 'Kode perusahaan (biller code)',
    copy: 'Salin',
    copied: 'Disalin',
    qrTitle: 'Pindai kode QR',
    qrNote: 'Gambar pengganti dari qr_string di sandbox, bukan QR yang bisa dipindai.',
    payBefore: 'Bayar sebelum {time}',
    timeLeft: 'Sisa waktu',
    waiting: 'Menunggu pembayaran. Halaman ini diperbarui otomatis.',
    howToPay: 'Cara membayar',
    simulatePay: 'Simulasikan pembayaran (sandbox)',
    successTitle: 'Pembayaran berhasil',
    successBody: 'Pembayaran {amount} untuk pesanan {order} sudah diterima.',
    deniedTitle: 'Pembayaran ditolak',
    deniedBody: 'Transaksi ditolak. Silakan coba kartu atau metode pembayaran lain.',
    retry: 'Coba metode lain',
    expiredTitle: 'Waktu pembayaran habis',
    expiredBody: 'Batas waktu pembayaran pesanan ini sudah lewat.',
    cancelledTitle: 'Pembayaran dibatalkan',
    cancelledBody: 'Transaksi ini dibatalkan oleh merchant.',
    failedTitle: 'Pembayaran gagal',
    failedBody: 'Transaksi tidak dapat diproses.',
    errorTitle: 'Transaksi tidak dapat dibuka',
    notFound: 'Kami tidak menemukan transaksi Anda. Mungkin transaksi sudah tidak tersedia atau alamatnya salah.',
    unauthorized: 'Akses ditolak: client key tidak cocok dengan transaksi ini.',
    genericError: 'Terjadi kesalahan. Silakan coba lagi.',
    canClose: 'Anda dapat menutup halaman ini.',
    redirecting: 'Mengalihkan ke merchant…',
  },
  en: {
    title: 'Payment',
    close: 'Close',
    loading: 'Loading…',
    processing: 'Processing…',
    orderId: 'Order ID',
    total: 'Total',
    orderDetails: 'Order details',
    sandbox: 'Sandbox mode: Lunas Midtrans simulator. Do not use real cards or accounts.',
    switchLanguage: 'Bahasa Indonesia',
    chooseMethod: 'Choose a payment method',
    groupCard: 'Cards',
    groupEwallet: 'E-wallets & QRIS',
    groupBank: 'Bank transfer',
    noMethods: 'No payment method is available for this transaction.',
    backToMerchant: 'Back to merchant',
    back: 'Back',
    cardTitle: 'Credit/debit card',
    cardNumber: 'Card number',
    cardExpiry: 'Expiry (MM/YY)',
    cardCvv: 'CVV',
    payAmount: 'Pay {amount}',
    testCards: 'Sandbox test cards',
    testCardsHint: 'CVV 123, any future month, 3D Secure OTP 112233.',
    cardAccept: 'accepted',
    cardDeny: 'denied by bank',
    useCard: 'Use',
    invalidNumber: 'The card number is not valid.',
    invalidExpiry: 'The expiry date is not valid (MM/YY).',
    invalidCvv: 'The CVV must be 3–4 digits.',
    otpTitle: '3D Secure verification',
    otpIntro: "A stand-in for the card issuer's page. Enter the OTP sent to your phone.",
    otpLabel: 'OTP code',
    otpHint: 'Sandbox OTP: 112233',
    otpSubmit: 'Verify',
    vaTitle: '{bank} Virtual Account',
    vaNumber: 'Virtual Account number',
    billKey: 'Bill key',
    billerCode: 'Biller code',
    copy: 'Copy',
    copied: 'Copied',
    qrTitle: 'Scan the QR code',
    qrNote: 'A sandbox placeholder drawn from qr_string, not a scannable QR.',
    payBefore: 'Pay before {time}',
    timeLeft: 'Time left',
    waiting: 'Waiting for your payment. This page updates by itself.',
    howToPay: 'How to pay',
    simulatePay: 'Simulate the payment (sandbox)',
    successTitle: 'Payment successful',
    successBody: 'We received {amount} for order {order}.',
    deniedTitle: 'Payment declined',
    deniedBody: 'The transaction was declined. Please try another card or payment method.',
    retry: 'Try another method',
    expiredTitle: 'Payment expired',
    expiredBody: 'The time to pay for this order has run out.',
    cancelledTitle: 'Payment cancelled',
    cancelledBody: 'The merchant cancelled this transaction.',
    failedTitle: 'Payment failed',
    failedBody: 'The transaction could not be processed.',
    errorTitle: 'This transaction cannot be opened',
    notFound: 'Whether the transaction is not available, or you typed in the wrong URL.',
    unauthorized: 'Access denied: the client key does not match this transaction.',
    genericError: 'Something went wrong. Please try again.',
    canClose: 'You can close this page.',
    redirecting: 'Taking you back to the merchant…',
  },
};

// Payment instructions per method kind, shown under the VA number / bill key / QR.
const STEPS = {
  id: {
    va: [
      'Buka m-banking, internet banking atau ATM {bank}.',
      'Pilih Transfer → Virtual Account.',
      'Masukkan nomor Virtual Account di atas.',
      'Pastikan jumlahnya {amount}, lalu konfirmasi.',
    ],
    bill: [
      'Buka Livin’ by Mandiri atau ATM Mandiri.',
      'Pilih Bayar → Multipayment.',
      'Masukkan kode perusahaan {biller}, lalu kode pembayaran.',
      'Pastikan jumlahnya {amount}, lalu konfirmasi.',
    ],
    qr: ['Buka {app} atau aplikasi pembayaran yang mendukung QRIS.', 'Pindai kode QR di atas.', 'Pastikan jumlahnya {amount}, lalu bayar.'],
  },
  en: {
    va: [
      'Open {bank} mobile banking, internet banking or an ATM.',
      'Choose Transfer → Virtual Account.',
      'Enter the Virtual Account number above.',
      'Check that the amount is {amount}, then confirm.',
    ],
    bill: [
      'Open Livin’ by Mandiri or a Mandiri ATM.',
      'Choose Pay → Multipayment.',
      'Enter biller code {biller}, then the bill key.',
      'Check that the amount is {amount}, then confirm.',
    ],
    qr: ['Open {app} or any app that pays QRIS.', 'Scan the QR code above.', 'Check that the amount is {amount}, then pay.'],
  },
};

let lang = 'id';

export function setLanguage(value) {
  lang = value === 'en' ? 'en' : 'id';
  document.documentElement.lang = lang;
}

export function language() {
  return lang;
}

function fill(text, vars) {
  return text.replace(/\{(\w+)\}/g, (_, name) => (vars && name in vars ? String(vars[name]) : ''));
}

export function t(key, vars) {
  return fill(TEXTS[lang][key] ?? key, vars);
}

export function steps(kind, vars) {
  return (STEPS[lang][kind] || []).map((step) => fill(step, vars));
}
