import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { graphql } from '../../gql';
import { usePageTitle } from '../../routes/usePageTitle';
import { useAdminErrorMessage, useSignInOnUnauthenticated } from '../admin-errors';
import { LoadMore } from '../LoadMore';
import { useAdminI18n } from '../useAdminI18n';
import { AnomalyList } from './AnomalyList';

export const AnomaliesPageAnomalies = graphql(`
  query AnomaliesPageAnomalies($first: Int, $after: String) {
    adminAnomalies(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          orderId
          kind
          details
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ANOMALIES_PAGE_SIZE = 50;

/** /admin/anomalies: payments that need a person, newest first. */
export function AnomaliesPage() {
  const { at } = useAdminI18n();
  usePageTitle(at('anomalies.title'));
  const message = useAdminErrorMessage();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, fetchMore, refetch } = useQuery(AnomaliesPageAnomalies, {
    variables: { first: ANOMALIES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  useSignInOnUnauthenticated(error);

  const loadMore = async () => {
    const after = data?.adminAnomalies.pageInfo.endCursor;
    if (!after || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const shown = new Set(previous.adminAnomalies.edges.map((edge) => edge.node.id));
          return {
            ...previous,
            adminAnomalies: {
              ...fetchMoreResult.adminAnomalies,
              edges: [
                ...previous.adminAnomalies.edges,
                ...fetchMoreResult.adminAnomalies.edges.filter((edge) => !shown.has(edge.node.id)),
              ],
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  let body;
  if (data) {
    const anomalies = data.adminAnomalies.edges.map((edge) => edge.node);
    body =
      anomalies.length === 0 ? (
        <EmptyState message={at('anomalies.empty')} />
      ) : (
        <>
          <AnomalyList anomalies={anomalies} linkOrders />
          {data.adminAnomalies.pageInfo.hasNextPage && (
            <LoadMore busy={loadingMore} onClick={() => void loadMore().catch(() => undefined)} />
          )}
        </>
      );
  } else if (error) {
    body = <ErrorState message={message(error)} onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    body = <LoadingState label={at('anomalies.loading')} />;
  }

  return (
    <section aria-labelledby="anomalies-title">
      <h1 id="anomalies-title" tabIndex={-1}>
        {at('anomalies.title')}
      </h1>
      <p className="lead">{at('anomalies.intro')}</p>
      {body}
    </section>
  );
}
