import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { graphql } from '../../gql';
import { usePageTitle } from '../../routes/usePageTitle';
import { useAdminErrorMessage, useSignInOnUnauthenticated } from '../admin-errors';
import { LoadMore } from '../LoadMore';
import { useDeskEvents } from '../useDeskEvents';
import { appendPage, useLoadMore } from '../useLoadMore';
import { useAdminI18n } from '../useAdminI18n';
import { filterFromParams, matchesFilter, paramsFromFilter, toApiFilter } from './order-filter';
import { OrderFilters } from './OrderFilters';
import { OrdersTable } from './OrdersTable';

export const OrdersPageRow = graphql(`
  fragment OrdersPageRow on AdminOrder {
    order {
      orderId
      gateway
      status
      grossAmount
      refundedAmount
      paymentType
      createdAt
      updatedAt
      version
    }
    customer {
      name
      email
    }
  }
`);

export const OrdersPageOrders = graphql(`
  query OrdersPageOrders($filter: AdminOrderFilter, $first: Int, $after: String) {
    adminOrders(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...OrdersPageRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrdersPageEvents = graphql(`
  subscription OrdersPageEvents {
    adminOrderEvents {
      ...OrdersPageRow
    }
  }
`);

export const PAGE_SIZE = 25;

/** /admin: every order, newest first, filtered, paged, and live. */
export function OrdersPage() {
  const { at, t } = useAdminI18n();
  usePageTitle(at('orders.title'));
  const message = useAdminErrorMessage();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const variables = { filter: toApiFilter(filter), first: PAGE_SIZE };
  const [announcement, setAnnouncement] = useState('');

  const query = useQuery(OrdersPageOrders, { variables, fetchPolicy: 'cache-and-network' });
  const { data, error, fetchMore, updateQuery, refetch } = query;

  // Query first, then subscribe (style habit 11). A known order's change lands in the
  // normalised cache (AdminOrder is keyed by its orderId) and its row re-renders by
  // itself; a new one is put on top when the current filter would list it.
  const eventsError = useDeskEvents(OrdersPageEvents, {
    skip: !data,
    refetch,
    onData: (event) => {
      const node = event.adminOrderEvents;
      const { orderId, status, createdAt, gateway } = node.order;
      // `data` is this render's list, from before the event reached the cache.
      const shown = data?.adminOrders.edges.find((edge) => edge.node.order.orderId === orderId);
      if (shown) {
        // Events also come for changes the table does not show (a notification logged).
        if (shown.node.order.status !== status) {
          setAnnouncement(at('orders.changed', { orderId, status: t(`status.${status}`) }));
        }
        return;
      }
      if (!matchesFilter({ orderId, status, createdAt, gateway, email: node.customer.email }, filter)) return;
      updateQuery((_unsafe, { complete, previousData }) =>
        complete
          ? {
              ...previousData,
              adminOrders: {
                ...previousData.adminOrders,
                edges: [{ __typename: 'AdminOrderEdge', cursor: `live:${orderId}`, node }, ...previousData.adminOrders.edges],
              },
            }
          : undefined,
      );
      setAnnouncement(at('orders.newOrder', { orderId }));
    },
  });
  useSignInOnUnauthenticated(error, eventsError);

  const more = useLoadMore(data?.adminOrders.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        adminOrders: appendPage(previous.adminOrders, fetchMoreResult.adminOrders, (edge) => edge.node.order.orderId),
      }),
    }),
  );

  let body;
  if (data) {
    const rows = data.adminOrders.edges.map((edge) => edge.node);
    body =
      rows.length === 0 && !data.adminOrders.pageInfo.hasNextPage ? (
        <EmptyState message={at('orders.empty')} />
      ) : (
        <>
          <OrdersTable rows={rows} />
          <LoadMore hasMore={data.adminOrders.pageInfo.hasNextPage} busy={more.busy} onClick={more.loadMore} />
        </>
      );
  } else if (error) {
    body = <ErrorState message={message(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    body = <LoadingState label={at('orders.loading')} />;
  }

  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title" tabIndex={-1}>
        {at('orders.title')}
      </h1>
      <OrderFilters initial={filter} onApply={(next) => setParams(paramsFromFilter(next))} />
      {body}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="orders-announcement">
        {announcement}
      </p>
    </section>
  );
}
