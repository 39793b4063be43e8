import { useState } from 'react';

/** A cursor connection's page, as the desk's queries return them. */
interface Connection<Edge> {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Appends the next page, leaving out nodes already shown (a live event may have added them). */
export function appendPage<C extends Connection<unknown>>(current: C, page: C, keyOf: (edge: C['edges'][number]) => string): C {
  const shown = new Set(current.edges.map(keyOf));
  return { ...page, edges: [...current.edges, ...page.edges.filter((edge) => !shown.has(keyOf(edge)))] };
}

/**
 * "Load more" for a cursor connection: fetches the page after `endCursor`, once at a
 * time. A failure leaves the list as it was; the button stays to try again.
 */
export function useLoadMore(endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const loadMore = async () => {
    if (!endCursor || busy) return;
    setBusy(true);
    try {
      await fetchPage(endCursor);
    } catch {
      // Nothing to undo: the shown rows stay, and so does the button.
    } finally {
      setBusy(false);
    }
  };
  return { busy, loadMore: () => void loadMore() };
}
