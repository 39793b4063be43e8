// Midtrans's notification headers (docs/midtrans.md §8).
/** What Midtrans's engine sends with every notification (docs/midtrans.md §8). */
export const NOTIFICATION_HEADERS = {
  'Content-Type': 'application/json',
  Accept: 'application/json',
  'User-Agent': 'Veritrans',
} as const;
