// Strict ISO 8601 for the desk's filters. `new Date()` rolls impossible dates over
// ("2026-02-30" becomes 2 March), so a filter would silently mean another day: every
// field is checked against its calendar range before the string is handed to Date.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/** The instant the string names, or undefined when it is not a real ISO 8601 date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = ISO.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', , offsetHours = '0', offsetMinutes = '0'] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
