/**
 * Of two views of the same order, the newer: the higher version (each change adds one).
 * Answers can cross: a refetch that read PENDING may land after the subscription already
 * said PAID, and must not step the page back. Not updatedAt: it is the clock of whichever
 * API instance made the change, and instances' clocks disagree.
 */
export function newestOrder<T extends { version: number }>(a: T | null | undefined, b: T | null | undefined): T | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.version > a.version ? b : a;
}
