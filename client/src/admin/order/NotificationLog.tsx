import { formatDateTime } from '../../format/date-time';
import type { OrderPageDetailFragment } from '../../gql/graphql';
import { useAdminI18n } from '../useAdminI18n';
import { prettyJson } from './pretty-json';

type Entry = OrderPageDetailFragment['notifications'][number];

/** Every notification about the order, oldest first, with what the API made of it. */
export function NotificationLog({ entries }: { entries: Entry[] }) {
  const { at } = useAdminI18n();
  return (
    <section className="panel" aria-labelledby="log-title">
      <h2 id="log-title">{at('order.notifications')}</h2>
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
