import { useCallback, useEffect, useState } from 'react';
import type { CatalogPageProductsQuery } from '../gql/graphql';
import { postQuery, QueryFailed, type QueryFailure } from './post-query';

// Written with a GraphQL magic comment rather than graphql(): codegen still types it
// (CatalogPageProductsQuery), but importing `graphql` from gql/ would put every
// operation's document, the operator desk's too, into the first load.
export const CatalogPageProducts = /* GraphQL */ `
  query CatalogPageProducts {
    products {
      id
      name
      price
      stock
      imageUrl
    }
  }
`;

export type CatalogProduct = CatalogPageProductsQuery['products'][number];

export type CatalogState =
  { state: 'loading' } | { state: 'error'; kind: QueryFailure; retry: () => void } | { state: 'ready'; products: CatalogProduct[] };

/** The catalog as the server knows it now (stock moves: asked again on every visit). */
export function useCatalogProducts(): CatalogState {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<CatalogState>({ state: 'loading' });
  const retry = useCallback(() => {
    setResult({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    postQuery<CatalogPageProductsQuery>('CatalogPageProducts', CatalogPageProducts, controller.signal).then(
      (data) => setResult({ state: 'ready', products: data.products }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'error', kind: error instanceof QueryFailed ? error.kind : 'NETWORK', retry });
      },
    );
    return () => controller.abort();
  }, [attempt, retry]);

  return result;
}
