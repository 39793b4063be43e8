import { luhnValid, normaliseCardNumber } from './test-cards.js';

// Card fields as typed by a shopper (Snap page) or sent to /v2/token. Any future expiry and a
// 3–4 digit CVV are accepted, like the sandbox (docs/midtrans.md §21); the number must pass the Luhn check.
export interface CardInput {
  number: string;
}

export function validateCard(
  raw: { card_number?: unknown; card_cvv?: unknown; card_exp_month?: unknown; card_exp_year?: unknown },
  now: Date,
): { ok: true; card: CardInput } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  const number = normaliseCardNumber(raw.card_number);
  if (!luhnValid(number)) messages.push('card_number is not valid');
  const cvv = String(raw.card_cvv ?? '');
  if (!/^\d{3,4}$/.test(cvv)) messages.push('card_cvv is not valid');
  const month = Number(raw.card_exp_month);
  let year = Number(raw.card_exp_year);
  if (year < 100) year += 2000; // the Snap form takes a 2-digit year (§21)
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year)) {
    messages.push('card_exp_month and card_exp_year are required');
  } else if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) {
    messages.push('card is expired');
  }
  return messages.length ? { ok: false, messages } : { ok: true, card: { number } };
}
