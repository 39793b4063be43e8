import { Link } from 'react-router';
import { formatDateTime } from '../../format/date-time';
import type { PaymentAnomalyKind } from '../../gql/graphql';
import { prettyJson } from '../order/pretty-json';
import { useAdminI18n } from '../useAdminI18n';

export interface AnomalyView {
  id: string;
  orderId: string;
  kind: PaymentAnomalyKind;
  details: string;
  at: string;
}

/** Anomalies as a list of cards: kind, when, which order, and the facts as JSON. */
export function AnomalyList({ anomalies, linkOrders }: { anomalies: AnomalyView[]; linkOrders: boolean }) {
  const { at, language } = useAdminI18n();
  return (
    <ul className="anomalies" data-testid="anomalies">
      {anomalies.map((anomaly) => (
        <li key={anomaly.id} className="anomaly">
          <p className="anomaly__head">
            <strong>{at(`anomaly.${anomaly.kind}`)}</strong> <code className="tag tag--bad">{anomaly.kind}</code>{' '}
            <time dateTime={anomaly.at}>{formatDateTime(anomaly.at, language)}</time>
          </p>
          {linkOrders && (
            <p>
              {at('anomalies.order')}: <Link to={`/admin/orders/${encodeURIComponent(anomaly.orderId)}`}>{anomaly.orderId}</Link>
            </p>
          )}
          <pre className="log-entry__body" tabIndex={0} aria-label={at('anomalies.details')}>
            <code>{prettyJson(anomaly.details)}</code>
          </pre>
        </li>
      ))}
    </ul>
  );
}
