/**
 * Of two views of the same order, the one the server changed last. Answers can
 * cross: a refetch that read PENDING may land after the subscription already said
 * PAID, and must not step the page back.
 */
export function newestOrder<T extends { updatedAt: string }>(a: T | null | undefined, b: T | null | undefined): T | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a;
}
