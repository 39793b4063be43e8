// The one place where the Apollo links are built: HTTP for queries and mutations,
// graphql-ws for subscriptions on the same /graphql path, joined by a split.
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createCache } from './cache';
import { createConnectionStatus, type ConnectionStatusStore } from './connection-status';
import { graphqlHttpUrl, toWebSocketUrl } from './graphql-url';

/**
 * Queries that show live state, refetched after the socket comes back: events sent
 * while it was down are lost (the desk's list and order page would go stale).
 */
export const STATUS_QUERIES = ['PaymentStatusQuery', 'OrdersPageOrders', 'OrderPageOrder'];

export interface LunasApollo {
  client: ApolloClient;
  connection: ConnectionStatusStore;
  dispose(): void;
}

/** Exponential backoff with jitter, capped at 10 s: 0.5 s, 1 s, 2 s, 4 s, 8 s, 10 s… */
export function backoffDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(10_000, 500 * 2 ** retries);
  return Math.round(base * (0.75 + random() * 0.5));
}

export function createApolloClient(
  httpUrl: string = graphqlHttpUrl(),
  connection: ConnectionStatusStore = createConnectionStatus(),
): LunasApollo {
  let client: ApolloClient | undefined;

  const wsClient = createClient({
    url: toWebSocketUrl(httpUrl),
    // A shopper on a pending page may wait for minutes on a flaky phone network:
    // never give up, back off instead of hammering the API.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffDelay(retries))),
    // Pings keep idle proxies from cutting a socket that only waits for a payment.
    keepAlive: 15_000,
    on: {
      connecting: () => {
        if (connection.get() !== 'reconnecting') connection.set('connecting');
      },
      connected: (_socket, _payload, wasRetry) => {
        connection.set('connected');
        // graphql-ws re-subscribes by itself, and orderStatusChanged emits the current
        // state first; refetching the status query as well covers a server that lost
        // our subscription while we were away.
        if (wasRetry && client) void client.refetchQueries({ include: STATUS_QUERIES });
      },
      closed: (event) => {
        // 1000 is graphql-ws closing an unused lazy socket on purpose; anything else
        // (1006 network lost, 1012 server restart…) is followed by a retry.
        const normal = (event as { code?: number } | undefined)?.code === 1000;
        if (normal) connection.set('idle');
        else if (connection.get() === 'connected' || connection.get() === 'reconnecting') {
          connection.set('reconnecting');
        }
      },
    },
  });

  const wsLink = new GraphQLWsLink(wsClient);
  // The operator desk's session is an httpOnly cookie set by the API (signIn), on
  // another port than the shop: without 'include' the browser would neither store
  // nor send it. The WebSocket handshake carries cookies by itself.
  const httpLink = new HttpLink({ uri: httpUrl, credentials: 'include' });
  const link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);

  client = new ApolloClient({ link, cache: createCache() });
  return {
    client,
    connection,
    dispose() {
      void wsClient.dispose();
      client?.stop();
    },
  };
}
