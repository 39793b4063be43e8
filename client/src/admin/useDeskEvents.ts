import type { TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { errorKind } from '../apollo/error-kind';

export const RESTART_DELAY_MS = 3000;

/**
 * The desk's `adminOrderEvents`, started once the page's query has answered (query
 * first, then subscribe). graphql-ws retries dropped sockets by itself, and the lists
 * are refetched once it is back (create-apollo-client.ts); a subscription that ends in
 * an error (a close code graphql-ws treats as fatal) is started again after a pause and
 * the page re-read, so a desk left open does not quietly stop being live. Returns the
 * error, for the page's UNAUTHENTICATED redirect.
 */
export function useDeskEvents<Data>(
  document: TypedDocumentNode<Data, Record<string, never>>,
  { skip, onData, refetch }: { skip: boolean; onData?: (data: Data) => void; refetch: () => Promise<unknown> },
): unknown {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const again = useRef<() => void>(() => undefined);
  const events = useSubscription(document, {
    skip,
    onData: ({ data }) => {
      if (data.data) onData?.(data.data);
    },
    onError: (error) => {
      if (errorKind(error) === 'UNAUTHENTICATED') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => again.current(), RESTART_DELAY_MS);
    },
  });
  const { restart } = events;
  useEffect(() => {
    again.current = () => {
      restart();
      void refetch().catch(() => undefined);
    };
  }, [restart, refetch]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return events.error;
}
