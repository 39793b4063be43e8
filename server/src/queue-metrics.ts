// The bounded queues in /metrics: how deep each is, and what its bound turned away. Each
// bound is stated where it is enforced (MAX_PENDING in order-projector.ts,
// MAX_QUEUED_CHANGES in graphql/pubsub.ts, MAX_QUEUED_WRITES in write-lane.ts,
// MAX_QUEUED_INSERTS in insert-batcher.ts); these only read, at scrape time.
import { Counter, Gauge, type Registry } from 'prom-client';

/**
 * The bounded queues' depths and what their bounds turned away, read at scrape time.
 * The `…Dropped`/`refused…` readers are running totals since start.
 */
export interface ObservedQueues {
  liveSubscriptions: () => number;
  /** Subscriptions dropped as slow consumers (closed with 4100, websocket.ts). */
  droppedSubscriptions: () => number;
  projectionBacklog: () => number;
  /** How long the oldest order waiting for its projection has waited, in ms (0 when none waits). */
  projectionLagMs: () => number;
  /** Orders the projector did not queue because its bound was reached. */
  projectionDropped: () => number;
  /** Writes waiting for their turn in the write lane. */
  queuedWrites: () => number;
  /** Documents waiting for an insert, per collection. */
  queuedInserts: () => ReadonlyMap<string, number>;
  refusedWrites: () => number;
  refusedInserts: () => number;
}

/** Registers the queue metrics; returns how to tell them where to read (app.ts). */
export function queueMetrics(registry: Registry): (readers: Partial<ObservedQueues>) => void {
  const observed: ObservedQueues = {
    liveSubscriptions: () => 0,
    droppedSubscriptions: () => 0,
    projectionBacklog: () => 0,
    projectionLagMs: () => 0,
    projectionDropped: () => 0,
    queuedWrites: () => 0,
    queuedInserts: () => new Map(),
    refusedWrites: () => 0,
    refusedInserts: () => 0,
  };
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  // A running total kept by its owner, shown as a counter: each scrape adds what it grew by.
  const total = (name: string, help: string, read: () => number) => {
    let seen = 0;
    return new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const now = read();
        if (now > seen) this.inc(now - seen);
        seen = now;
      },
    });
  };
  gauge('lunas_live_subscriptions', 'Open GraphQL subscriptions in this process.', () => observed.liveSubscriptions());
  total(
    'lunas_subscriptions_dropped_total',
    'Subscriptions dropped as slow consumers (more changes unread than their bound; socket closed with 4100).',
    () => observed.droppedSubscriptions(),
  );
  gauge('lunas_projection_backlog', 'Orders whose payment_status projection is not written yet.', () => observed.projectionBacklog());
  gauge(
    'lunas_projection_lag_seconds',
    'How long the oldest order waiting for its payment_status projection has waited (issue 19: at most a minute).',
    () => observed.projectionLagMs() / 1000,
  );
  total(
    'lunas_projection_dropped_total',
    'Orders not queued for projection because the backlog was at its bound (the reconciler projects them).',
    () => observed.projectionDropped(),
  );
  gauge('lunas_db_write_queue', 'Writes waiting for their turn in the write lane (all lanes of this process).', () =>
    observed.queuedWrites(),
  );
  new Gauge({
    name: 'lunas_db_insert_queue',
    help: 'Documents waiting for an insert, per collection (insert batchers of this process).',
    labelNames: ['collection'] as const,
    registers: [registry],
    collect() {
      for (const [collection, queued] of observed.queuedInserts()) this.set({ collection }, queued);
    },
  });
  total(
    'lunas_db_write_lane_refusals_total',
    'Writes refused at once because the write lane was full (DatabaseBusyError: the caller is told to retry).',
    () => observed.refusedWrites(),
  );
  total(
    'lunas_db_insert_refusals_total',
    'Inserts refused at once because an insert batcher was full (DatabaseBusyError: the caller is told to retry).',
    () => observed.refusedInserts(),
  );

  return (readers) => void Object.assign(observed, readers);
}
