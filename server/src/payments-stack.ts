// Composition of the payment core with its adapters: the repositories over one
// database, the Midtrans gateway and verifier, the services and the reconciler. app.ts
// puts HTTP and GraphQL in front of this; tests and the bench build it the same way.
import type { Config } from './config.js';
import { SEED_CATALOG, type Product } from './payments/catalog.js';
import type { Order } from './payments/order.js';
import { NotificationService } from './payments/notification-service.js';
import { OrderChangeService } from './payments/order-change-service.js';
import { PaymentService } from './payments/payment-service.js';
import { instrumentGateway } from './payments/instrumented-gateway.js';
import { NO_METRICS, type Clock, type Logger, type OrderEvents, type PaymentGateway, type PaymentMetrics } from './payments/ports.js';
import { buildGatewayRegistry } from './gateway/registry.js';
import { paymentOf } from './payments/order.js';
import { askGateway } from './payments/canceller.js';
import { truthWithRefunds } from './payments/refunds-made.js';
import { OperatorDesk } from './payments/operator-desk.js';
import { Reconciler } from './payments/reconciler.js';
import { FollowUps } from './payments/follow-ups.js';
import { PaymentCanceller } from './payments/canceller.js';
import { RefundSettler } from './payments/refund-settler.js';
import { OperatorService } from './operators/operator-service.js';
import { scryptHasher } from './operators/password-hasher.js';
import { MongoOperatorStore } from './persistence/operator-store.js';
import { MongoOrderSearch } from './persistence/order-search.js';
import { MongoRefundStore } from './persistence/refund-store.js';
import { UNLIMITED_SIGN_IN, type SignInLimiter } from './operators/ports.js';
import { MongoAnomalyLog } from './persistence/anomaly-log.js';
import type { Database } from './persistence/database.js';
import { MongoNotificationLog } from './persistence/notification-log.js';
import { MongoOpenOrders } from './persistence/open-orders.js';
import { backfillEmailKeys } from './persistence/email-key-backfill.js';
import { MongoOrderProjector } from './persistence/order-projector.js';
import { MongoOrderStore } from './persistence/order-store.js';
import { MongoProductCatalog } from './persistence/product-catalog.js';
import { MongoStockLedger } from './persistence/stock-ledger.js';

export interface PaymentsStackDeps {
  config: Config;
  db: Database;
  logger: Logger;
  events: OrderEvents;
  /** Replaces the Midtrans adapter (tests that make it fail on purpose). */
  gateway?: PaymentGateway;
  clock?: Clock;
  /** Seeded into an empty catalog; defaults to the built-in one. */
  seedCatalog?: readonly Product[];
  metrics?: PaymentMetrics;
  /** Wrong operator passwords; unlimited when absent (admin CLI, tests of other parts). */
  signInLimiter?: SignInLimiter;
  /** When to check again after a refund or cancel without an answer; defaults to FOLLOW_UP_DELAYS_MS. */
  followUpDelaysMs?: readonly number[];
  /** Orders that may wait to be projected; defaults to MAX_PENDING (order-projector.ts). */
  maxPendingProjections?: number;
}

export type PaymentsStack = Awaited<ReturnType<typeof buildPaymentsStack>>;

export async function buildPaymentsStack(deps: PaymentsStackDeps) {
  const { config, db, logger, events } = deps;
  const clock = deps.clock ?? { now: () => new Date() };
  const { collections } = db;

  const stock = new MongoStockLedger(collections);
  const catalog = new MongoProductCatalog(collections, stock);
  const seeded = await catalog.seedIfEmpty(deps.seedCatalog ?? SEED_CATALOG);
  if (seeded) logger.info('seeded the product catalog', { products: seeded });
  const warmStarted = Date.now();
  await catalog
    .productIds()
    .then((ids) => stock.warm(ids))
    .then(
      (products) => logger.info('found the stock heads', { products, ms: Date.now() - warmStarted }),
      (error: unknown) => logger.warn('could not find the stock heads at start; each is found on first use', { error: String(error) }),
    );

  const orders = new MongoOrderStore(collections);
  const openOrders = new MongoOpenOrders(collections, logger);
  const projector = new MongoOrderProjector(collections, openOrders, logger, db.activity, undefined, deps.maxPendingProjections);
  const anomalies = new MongoAnomalyLog(collections);
  const notificationLog = new MongoNotificationLog(collections, logger);
  const metrics = deps.metrics ?? NO_METRICS;
  const registry = buildGatewayRegistry(config, deps.gateway ? { midtrans: deps.gateway } : {});
  const gateway = instrumentGateway(registry.gateway, metrics);

  const changes = new OrderChangeService({ orders, stock, openOrders, anomalies, events, projection: projector, clock, logger });
  const payments = new PaymentService({
    catalog,
    stock,
    orders,
    openOrders,
    events,
    gateway,
    clock,
    logger,
    publicAppUrl: config.publicAppUrl,
    gateways: registry.enabled,
    // A Snap token never outlives the payment life it was given, so a shorter
    // SNAP_EXPIRY_MINUTES shortens the hold too.
    checkoutHoldMinutes: Math.min(config.checkout.holdMinutes, config.midtrans.snapExpiryMinutes),
    maxQuantityPerItem: config.checkout.maxQuantityPerItem,
  });
  // One per enabled gateway, each with its gateway's verifier; all confirm through the registry.
  const notifications = new Map(
    [...registry.verifiers].map(([name, verifier]) => [
      name,
      new NotificationService({
        verifier,
        log: notificationLog,
        changes,
        gateway,
        clock,
        logger,
        metrics,
        // Refund callbacks (Xendit's) are settled by the refund's own check (settler, below).
        settleRefund: (gatewayRefundId) => settler.settleByGatewayId(gatewayRefundId),
      }),
    ]),
  );

  const refunds = new MongoRefundStore(collections);
  const followUps = new FollowUps(logger, deps.followUpDelaysMs);
  const settler = new RefundSettler({
    refunds,
    gateway,
    paymentOf: async (orderId) => {
      const order = await orders.find(orderId);
      if (!order) throw new Error(`refund of an unknown order ${orderId}`);
      return paymentOf(order);
    },
    followUps,
    clock,
    logger,
    // A refund found made: the order follows the gateway (its notifications would too),
    // with the refunds made summed where its status omits them (truthWithRefunds).
    onAccepted: (orderId) => changes.reconcile(orderId, truthWithRefunds(askGateway(gateway), refunds)),
  });
  const reconciler = new Reconciler({
    openOrders,
    orders,
    stock,
    gateway,
    changes,
    projection: projector,
    refunds: settler,
    clock,
    logger,
    reconcileAfterMs: config.reconcile.afterSeconds * 1000,
    paidWatchMs: config.reconcile.paidForSeconds * 1000,
    paidEveryMs: config.reconcile.paidEverySeconds * 1000,
  });

  const desk = new OperatorDesk({
    orders,
    search: new MongoOrderSearch(collections),
    refunds,
    anomalies,
    notifications: notificationLog,
    gateway,
    changes,
    settler,
    canceller: new PaymentCanceller({ gateway, changes, followUps, logger }),
    clock,
    logger,
  });
  const operatorStore = new MongoOperatorStore(collections);
  const operators = new OperatorService({
    operators: operatorStore,
    sessions: operatorStore,
    hasher: scryptHasher,
    limiter: deps.signInLimiter ?? UNLIMITED_SIGN_IN,
    clock,
    logger,
  });
  if (config.admin) await operators.ensureFirstOperator(config.admin.email, config.admin.password);

  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> | undefined;
  let stopped = false;
  let backfill: Promise<unknown> | undefined;
  return {
    catalog,
    stock,
    orders,
    openOrders,
    projector,
    anomalies,
    notificationLog,
    gateway,
    gateways: registry.enabled,
    clientConfig: registry.clientConfig,
    changes,
    payments,
    /** The notification service of each enabled gateway. */
    notifications,
    reconciler,
    desk,
    operators,
    /** A change announced on the bus (by this instance or another): what this one knows catches up. */
    observe(order: Order) {
      orders.observe(order);
      projector.supersede(order);
    },
    /** Runs the reconciler every RECONCILE_INTERVAL_S, with jitter so instances spread out. */
    startReconciler() {
      // Older orders' email_key, once per database, in the background (email-key-backfill.ts).
      backfill ??= backfillEmailKeys(
        collections,
        logger,
        () => clock.now(),
        () => stopped,
      ).catch((error: unknown) =>
        logger.warn('could not give older orders their email_key; the next start tries again', { error: String(error) }),
      );
      const every = config.reconcile.intervalSeconds * 1000;
      if (every <= 0 || timer) return;
      const schedule = () => {
        if (stopped) return;
        timer = setTimeout(
          () => {
            pass = reconciler
              .runOnce()
              .then((report) => {
                metrics.reconcilerPass(report);
                if (report.repaired || report.errors) logger.info('reconciler pass', { ...report });
              })
              .catch((error: unknown) => logger.error('reconciler pass failed', { error: String(error) }))
              .finally(schedule);
          },
          every * (0.8 + Math.random() * 0.4),
        );
        timer.unref();
      };
      schedule();
    },
    async stop() {
      stopped = true;
      followUps.stop();
      clearTimeout(timer);
      timer = undefined;
      await pass;
      await backfill;
      await projector.stop();
      await openOrders.stop();
    },
  };
}
