import { Link } from 'react-router';
import { formatDateTime } from '../../format/date-time';
import { formatRupiah } from '../../format/money';
import type { PaymentAnomalyKind } from '../../gql/graphql';
import { prettyJson } from '../order/pretty-json';
import { useAdminI18n, type AdminTranslate } from '../useAdminI18n';

export interface AnomalyView {
  id: string;
  orderId: string;
  kind: PaymentAnomalyKind;
  details: string;
  at: string;
}

/** Kinds whose money facts are said in a sentence (amounts in rupiah), above the raw facts. */
const FACTS = {
  REFUND_BELOW_PAYMENT: ['refunded', 'paid', 'missing'],
  EMPTY_REFUND: ['refunded', 'paid'],
  SECOND_PAYMENT: ['amount', 'paid'],
} as const;

export function moneyFacts(at: AdminTranslate, kind: PaymentAnomalyKind, details: string): string | null {
  if (!(kind in FACTS)) return null;
  let facts: Record<string, unknown>;
  try {
    facts = JSON.parse(details) as Record<string, unknown>;
  } catch {
    return null;
  }
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(facts)) params[name] = String(value);
  for (const name of FACTS[kind as keyof typeof FACTS]) {
    if (typeof facts[name] !== 'number') return null;
    params[name] = formatRupiah(facts[name]);
  }
  return at(`anomalyFacts.${kind as keyof typeof FACTS}`, params);
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
          {moneyFacts(at, anomaly.kind, anomaly.details) && <p>{moneyFacts(at, anomaly.kind, anomaly.details)}</p>}
          <pre className="log-entry__body" tabIndex={0} aria-label={at('anomalies.details')}>
            <code>{prettyJson(anomaly.details)}</code>
          </pre>
        </li>
      ))}
    </ul>
  );
}
