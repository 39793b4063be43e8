import { formatDateTime } from '../../format/date-time';
import type { OrderPageDetailFragment } from '../../gql/graphql';
import { StatusBadge } from '../StatusBadge';
import { useAdminI18n } from '../useAdminI18n';

export function OrderTimeline({ history }: { history: OrderPageDetailFragment['statusHistory'] }) {
  const { at, language } = useAdminI18n();
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{at('order.timeline')}</h2>
      <ol className="timeline" data-testid="timeline">
        {history.map((change, index) => (
          <li key={`${change.at}-${index}`}>
            <time dateTime={change.at}>{formatDateTime(change.at, language)}</time> <StatusBadge status={change.status} />{' '}
            <span className="timeline__source">
              {at('order.source', { source: change.source })}
              {change.transactionId ? ` · ${change.transactionId}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
