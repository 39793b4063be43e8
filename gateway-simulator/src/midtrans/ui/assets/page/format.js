// Midtrans's formatting (its timestamps, finish-URL parameters), beside the shell's shared helpers.
export { countdown, groupDigits, jakartaTime, rupiah } from '../kit/format.js';

/** Midtrans timestamps are "YYYY-MM-DD HH:mm:ss" in Jakarta time, no zone (docs/midtrans.md, conventions at the top). */
export function parseMidtransTime(text) {
  if (!text) return null;
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  const ms = Date.parse(m ? `${m[1]}T${m[2]}+07:00` : text);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Appends Midtrans's finish-URL parameters (docs/midtrans.md §7) while keeping the merchant's own
 * query (e.g. access_token). Returns null for a missing or malformed URL.
 */
export function withQuery(url, params) {
  if (!url) return null;
  try {
    const target = new URL(url);
    for (const [key, value] of Object.entries(params)) {
      if (value != null) target.searchParams.set(key, String(value));
    }
    return target.toString();
  } catch {
    return null;
  }
}
