import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { graphql } from '../../gql';
import { usePageTitle } from '../../routes/usePageTitle';
import { useAdminErrorMessage, useSignInOnUnauthenticated } from '../admin-errors';
import { LoadMore } from '../LoadMore';
import { appendPage, useLoadMore } from '../useLoadMore';
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
  const { data, error, fetchMore, refetch } = useQuery(AnomaliesPageAnomalies, {
    variables: { first: ANOMALIES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  useSignInOnUnauthenticated(error);

  const more = useLoadMore(data?.adminAnomalies.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        adminAnomalies: appendPage(previous.adminAnomalies, fetchMoreResult.adminAnomalies, (edge) => edge.node.id),
      }),
    }),
  );

  let body;
  if (data) {
    const anomalies = data.adminAnomalies.edges.map((edge) => edge.node);
    body =
      anomalies.length === 0 ? (
        <EmptyState message={at('anomalies.empty')} />
      ) : (
        <>
          <AnomalyList anomalies={anomalies} linkOrders />
          <LoadMore hasMore={data.adminAnomalies.pageInfo.hasNextPage} busy={more.busy} onClick={more.loadMore} />
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
