import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { errorKind, type ErrorKind } from '../apollo/error-kind';
import { useRestartLater } from '../apollo/useRestartLater';
import { graphql } from '../gql';
import type { PaymentStatusOrderFragment } from '../gql/graphql';

export const PaymentStatusQuery = graphql(`
  query PaymentStatusQuery($orderId: ID!, $accessToken: String!) {
    order(orderId: $orderId, accessToken: $accessToken) {
      ...PaymentStatusOrder
    }
  }
`);

export const PaymentStatusSubscription = graphql(`
  subscription PaymentStatusSubscription($orderId: ID!, $accessToken: String!) {
    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {
      ...PaymentStatusOrder
    }
  }
`);

export type OrderView = PaymentStatusOrderFragment;

export const RESUBSCRIBE_DELAY_MS = 3000;

export type OrderStatusState =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'error'; kind: ErrorKind; retry: () => void }
  | { state: 'ready'; order: OrderView };

/**
 * The order as the server knows it, kept live. Queries first, then subscribes
 * (style habit 11): the subscription emits the current state at once, and the
 * query means the page has something to show even before the socket is open.
 * Subscription events land in the normalised cache (Order is keyed by orderId),
 * which re-renders the query's result.
 */
export function useOrderStatus(
  orderId: string | null,
  accessToken: string | null,
  { live = true }: { live?: boolean } = {},
): OrderStatusState {
  const variables = { orderId: orderId ?? '', accessToken: accessToken ?? '' };
  const missing = !orderId || !accessToken;

  const query = useQuery(PaymentStatusQuery, {
    variables,
    skip: missing,
    // A live page may start from the cache: the subscription's first event is the
    // server's current state anyway. A one-off look (the finish redirect) must ask.
    fetchPolicy: live ? 'cache-first' : 'network-only',
  });
  const queried = query.data?.order ?? null;

  const [subscriptionNotFound, setSubscriptionNotFound] = useState(false);

  const subscription = useSubscription(PaymentStatusSubscription, {
    variables,
    skip: missing || !live || !queried,
    onError: (error) => {
      if (errorKind(error) === 'ORDER_NOT_FOUND') {
        setSubscriptionNotFound(true);
        return;
      }
      // A fatal socket close: a payment page must not silently stop being live.
      restartLater();
    },
  });

  const restartLater = useRestartLater(subscription.restart, query.refetch, RESUBSCRIBE_DELAY_MS);
  // A new order or token starts with a clean slate; deriving this during render instead would
  // need the previous keys in state, for one extra render either way.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setSubscriptionNotFound(false), [orderId, accessToken]);

  if (missing || subscriptionNotFound) return { state: 'not-found' };
  // Events land in the cache, which keeps the higher version of two views
  // (apollo/newest-version.ts): the query's answer is the newest the page has seen.
  const order = queried ?? subscription.data?.orderStatusChanged ?? null;
  if (order) return { state: 'ready', order };
  if (query.error) {
    const kind = errorKind(query.error) ?? 'NETWORK';
    if (kind === 'ORDER_NOT_FOUND') return { state: 'not-found' };
    return { state: 'error', kind, retry: () => void query.refetch().catch(() => undefined) };
  }
  // The API answered `order: null`: as good as not found.
  if (query.dataState === 'complete' && !query.loading) return { state: 'not-found' };
  return { state: 'loading' };
}
