// Midtrans writes every timestamp as `YYYY-MM-DD HH:mm:ss` in Asia/Jakarta (GMT+7, no DST)
// without a zone suffix (docs/midtrans.md, conventions at the top).
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

export function jakartaTime(date: Date): string {
  return new Date(date.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

// Snap `expiry.start_time` is `yyyy-MM-dd HH:mm:ss Z` (e.g. `+0700`), docs/midtrans.md §5.
const START_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\s*([+-])(\d{2}):?(\d{2})$/;

export function parseMidtransTime(text: string): Date | undefined {
  const m = START_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, sign, oh, om] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = (Number(oh) * 60 + Number(om)) * 60_000 * (sign === '-' ? -1 : 1);
  return new Date(utc - offset);
}

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/** `minute`, `minutes`, `MINUTES` → ms per unit; undefined for anything else (§5 lists day/hour/minute, Core adds second). */
export function unitMs(unit: unknown): number | undefined {
  if (typeof unit !== 'string') return undefined;
  return UNIT_MS[unit.toLowerCase().replace(/s$/, '')];
}
