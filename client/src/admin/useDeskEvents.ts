import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { errorKind } from '../apollo/error-kind';
import { useRestartLater } from '../apollo/useRestartLater';

export const RESTART_DELAY_MS = 3000;

/**
 * The desk's `adminOrderEvents`, started once the page's query has answered (query
 * first, then subscribe). After a reconnect the lists are refetched
 * (create-apollo-client.ts); a subscription that ends in an error is started again
 * (useRestartLater), so a desk left open does not quietly stop being live. Returns the
 * error, for the page's UNAUTHENTICATED redirect.
 */
export function useDeskEvents<Data, Variables extends OperationVariables = Record<string, never>>(
  document: TypedDocumentNode<Data, Variables>,
  {
    variables,
    skip,
    onData,
    refetch,
  }: { variables?: Variables; skip: boolean; onData?: (data: Data) => void; refetch: () => Promise<unknown> },
): unknown {
  // Widened for Apollo's overloads, which cannot tell a generic Variables from none.
  const events = useSubscription(document as TypedDocumentNode<Data, OperationVariables>, {
    variables: variables ?? {},
    skip,
    onData: ({ data }) => {
      if (data.data) onData?.(data.data);
    },
    onError: (error) => {
      if (errorKind(error) !== 'UNAUTHENTICATED') restartLater();
    },
  });
  const restartLater = useRestartLater(events.restart, refetch, RESTART_DELAY_MS);
  return events.error;
}
