// Responses and notifications carry amounts as strings with two decimals, requests as integers
// (docs/midtrans.md, conventions at the top).
export function amountString(amount: number): string {
  return amount.toFixed(2);
}

/** Accepts integers and integral numeric strings, the way Snap reads `gross_amount` / `price`. */
export function parseAmount(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
