// Formatting the page shell shares: rupiah amounts, countdowns, Jakarta times, digit groups.

/** 150000 → "Rp 150.000" (Indonesian thousands separator, IDR has no decimals). */
export function rupiah(amount) {
  const value = Math.round(Number(amount) || 0);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (value < 0 ? '-Rp ' : 'Rp ') + digits;
}

/** Milliseconds left → "HH:MM:SS" (hours may exceed 24 for day-long VA expiries). */
export function countdown(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

export function jakartaTime(ms, lang) {
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
  return `${text} WIB`;
}

/** "8277123412341234" → "8277 1234 1234 1234" for reading (copy keeps the raw digits); short codes such as biller code 70012 stay whole. */
export function groupDigits(text) {
  const value = String(text);
  return value.length < 8 ? value : value.replace(/(\d{4})(?=\d)/g, '$1 ');
}
