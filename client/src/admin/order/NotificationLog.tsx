import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../format/date-time';
import { graphql } from '../../gql';
import type { NotificationLogEntryFieldsFragment } from '../../gql/graphql';
import { LoadMore } from '../LoadMore';
import { useAdminI18n } from '../useAdminI18n';
import { useLoadMore } from '../useLoadMore';
import { prettyJson } from './pretty-json';

type Entry = NotificationLogEntryFieldsFragment;

/** Entries per page, as the order page's query asks for them (order-detail.ts). */
const PAGE = 20;

export const NotificationLogOlder = graphql(`
  query NotificationLogOlder($orderId: ID!, $after: String!) {
    adminOrder(orderId: $orderId) {
      order {
        orderId
        version
      }
      notifications(first: 20, after: $after) {
        ...NotificationLogEntryFields
      }
    }
  }
`);

export const NotificationLogRejected = graphql(`
  query NotificationLogRejected($orderId: ID!) {
    adminOrder(orderId: $orderId) {
      order {
        orderId
        version
      }
      rejectedNotifications {
        ...NotificationLogEntryFields
      }
    }
  }
`);

/**
 * The order's notifications that passed the signature check, newest first (the first
 * page follows the order live; older pages load on demand), and apart from them how
 * many deliveries naming the order were refused, so junk can never hide a real one.
 */
export function NotificationLog({ orderId, entries: first, rejectedCount }: { orderId: string; entries: Entry[]; rejectedCount: number }) {
  const { at } = useAdminI18n();
  const client = useApolloClient();
  const [older, setOlder] = useState<{ entries: Entry[]; full: boolean } | null>(null);
  const [rejected, setRejected] = useState<Entry[] | null>(null);
  // A full page may have more behind it; the next one, if empty, says so.
  const hasMore = older ? older.full : first.length >= PAGE;
  const endCursor = (older?.entries.at(-1) ?? first.at(-1))?.cursor ?? null;
  const more = useLoadMore(endCursor, async (after) => {
    const { data } = await client.query({ query: NotificationLogOlder, variables: { orderId, after }, fetchPolicy: 'network-only' });
    const page = data?.adminOrder?.notifications;
    if (!page) return;
    setOlder((current) => ({ entries: [...(current?.entries ?? []), ...page], full: page.length >= PAGE }));
  });
  const showRejected = () => {
    if (rejected) return;
    void client
      .query({ query: NotificationLogRejected, variables: { orderId }, fetchPolicy: 'network-only' })
      .then(({ data }) => setRejected(data?.adminOrder?.rejectedNotifications ?? []))
      .catch(() => undefined);
  };
  // The first page moves as new deliveries arrive; an older page may repeat what it now shows.
  const shown = new Set(first.map((entry) => entry.id));
  const entries = [...first, ...(older?.entries ?? []).filter((entry) => !shown.has(entry.id))];

  return (
    <section className="panel" aria-labelledby="log-title">
      <h2 id="log-title">{at('order.notifications')}</h2>
      <p className="field__hint">{at('order.notificationsHint')}</p>
      {entries.length === 0 ? (
        <p>{at('order.noNotifications')}</p>
      ) : (
        <ol className="log" data-testid="notification-log">
          {entries.map((entry) => (
            <li key={entry.id}>
              <LogEntry entry={entry} />
            </li>
          ))}
        </ol>
      )}
      {(hasMore || older) && <LoadMore hasMore={hasMore} busy={more.busy} onClick={more.loadMore} />}
      {rejectedCount > 0 && (
        <div className="notice notice--warning" data-testid="rejected-notifications">
          <p>{at('order.rejected', { count: String(rejectedCount) })}</p>
          <details onToggle={showRejected}>
            <summary>{at('order.rejectedShown')}</summary>
            {rejected && (
              <ol className="log">
                {rejected.map((entry) => (
                  <li key={entry.id}>
                    <LogEntry entry={entry} />
                  </li>
                ))}
              </ol>
            )}
          </details>
        </div>
      )}
    </section>
  );
}

function LogEntry({ entry }: { entry: Entry }) {
  const { at, language } = useAdminI18n();
  const verdictOk = entry.verdict === 'VALID';
  return (
    <article className="log-entry" aria-label={formatDateTime(entry.receivedAt, language)}>
      <dl className="log-entry__facts">
        <div>
          <dt>{at('order.verdict')}</dt>
          <dd>
            <code className={verdictOk ? 'tag tag--ok' : 'tag tag--bad'}>{entry.verdict}</code>
          </dd>
        </div>
        <div>
          <dt>{at('order.outcome')}</dt>
          <dd>
            <code className="tag">{entry.outcome ?? at('order.inFlight')}</code>
          </dd>
        </div>
        <div>
          <dt>{at('order.httpStatus')}</dt>
          <dd>{entry.httpStatus ?? '—'}</dd>
        </div>
        <div>
          <dt>{at('order.claimed')}</dt>
          <dd>{entry.transactionStatus ?? '—'}</dd>
        </div>
        {entry.reason && (
          <div>
            <dt>{at('order.reason')}</dt>
            <dd>{entry.reason}</dd>
          </div>
        )}
      </dl>
      {entry.bodyTruncated && <p className="notice notice--warning">{at('order.truncated', { sha: entry.bodySha256 })}</p>}
      {/* A focusable, labelled region: long bodies scroll sideways, by keyboard too. */}
      <pre className="log-entry__body" tabIndex={0} aria-label={at('order.body')}>
        <code>{prettyJson(entry.rawBody)}</code>
      </pre>
    </article>
  );
}
