// Prometheus metrics (prom-client), one registry per app so tests can build several.
// Labels only ever take values from fixed lists: a notification body is attacker-controlled
// and must not be able to mint new time series.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { PaymentMetrics, WebhookStage } from './payments/ports.js';
import { queueMetrics, type ObservedQueues } from './queue-metrics.js';

const KNOWN_STATUSES = new Set([
  'pending',
  'capture',
  'settlement',
  'deny',
  'cancel',
  'expire',
  'failure',
  'refund',
  'partial_refund',
  'authorize',
  'chargeback',
  'partial_chargeback',
]);

export interface AppMetrics extends PaymentMetrics {
  registry: Registry;
  webhookRequest(statusCode: number, seconds: number): void;
  rateLimited(limit: string): void;
  /** One database operation: its turn in the write lane (writes only), then its answer. */
  databaseOperation(collection: string, operation: string, waitedSeconds: number, tookSeconds: number): void;
  /** Read at scrape time. */
  observe(gauges: Partial<ObservedQueues>): void;
}

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lunas_' });

  const webhook = new Histogram({
    name: 'lunas_webhook_duration_seconds',
    help: 'Time to answer POST /api/payments/notification, by HTTP status.',
    labelNames: ['status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const stages = new Histogram({
    name: 'lunas_webhook_stage_seconds',
    help: "Where the webhook's time goes: verify, log, confirm (Midtrans status API), database, publish.",
    labelNames: ['stage'] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2],
    registers: [registry],
  });
  const notifications = new Counter({
    name: 'lunas_notifications_total',
    help: 'Notifications received, by claimed transaction_status, verdict and outcome.',
    labelNames: ['transaction_status', 'verdict', 'outcome'] as const,
    registers: [registry],
  });
  const gateway = new Histogram({
    name: 'lunas_gateway_request_seconds',
    help: 'Midtrans API calls, by operation and result.',
    labelNames: ['operation', 'result'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const reconcilerRuns = new Counter({ name: 'lunas_reconciler_runs_total', help: 'Reconciler passes.', registers: [registry] });
  const reconcilerRepairs = new Counter({
    name: 'lunas_reconciler_repairs_total',
    help: 'Orders the reconciler changed or finished (lost notifications, expired Snap pages, crash leftovers).',
    registers: [registry],
  });
  const reconcilerErrors = new Counter({
    name: 'lunas_reconciler_errors_total',
    help: 'Orders a pass could not check.',
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'lunas_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by limit.',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  const observe = queueMetrics(registry);

  // Labels come from the code (collection and method names), never from a request.
  const dbOperations = new Histogram({
    name: 'lunas_db_operation_seconds',
    help: 'Database operations, from sending to the answer, per collection and operation.',
    labelNames: ['collection', 'operation'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const dbWriteWaits = new Histogram({
    name: 'lunas_db_write_wait_seconds',
    help: 'Time writes waited for their turn in the write lane before being sent.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  return {
    registry,
    databaseOperation: (collection, operation, waited, took) => {
      dbOperations.observe({ collection, operation }, took);
      if (waited >= 0) dbWriteWaits.observe(waited);
    },
    webhookStage: (stage: WebhookStage, seconds: number) => stages.observe({ stage }, seconds),
    notification: (verdict, outcome, transactionStatus) =>
      notifications.inc({
        verdict,
        outcome,
        transaction_status: transactionStatus && KNOWN_STATUSES.has(transactionStatus) ? transactionStatus : 'other',
      }),
    gatewayCall: (operation, seconds, result) => gateway.observe({ operation, result }, seconds),
    reconcilerPass: (report) => {
      reconcilerRuns.inc();
      reconcilerRepairs.inc(report.repaired);
      reconcilerErrors.inc(report.errors);
    },
    webhookRequest: (statusCode, seconds) => webhook.observe({ status: String(statusCode) }, seconds),
    rateLimited: (limit) => rateLimited.inc({ limit }),
    observe,
  };
}
