// Composition: wires the payment core to its adapters and serves HTTP, GraphQL and
// graphql-ws on one port. Process concerns (env, signals) live in main.ts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express from 'express';
import type { Config } from './config.js';
import { clientLimits } from './graphql/client-limits.js';
import type { GraphQLContext } from './graphql/context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { OrderStatusBus } from './graphql/pubsub.js';
import { limitPlugins, limitRules, tokenLimit } from './graphql/query-limits.js';
import { RedisPubSub } from './graphql/redis-pubsub.js';
import { schema } from './graphql/schema.js';
import { serveGraphQLWebSocket } from './graphql/websocket.js';
import { clientIpOf } from './http/client-ip.js';
import { healthRouter } from './http/health.js';
import { explorerRouter, isLocalSameOrigin } from './http/explorer-router.js';
import { requestIds } from './http/request-id.js';
import { withExplorerLink } from './graphql/landing-page.js';
import { errorHandler, notFound, requireJsonBody } from './http/http-errors.js';
import { NOTIFICATION_PATHS, notificationHandler, notificationRouter } from './http/notification-router.js';
import { webhookLane } from './http/webhook-lane.js';
import { createRateLimits, webhookRateLimit } from './http/rate-limit.js';
import { securityHeaders, serverOptions } from './http/security.js';
import type { Product } from './payments/catalog.js';
import type { Clock, Logger, PaymentGateway } from './payments/ports.js';
import { buildPaymentsStack, type PaymentsStack } from './payments-stack.js';
import { createMetrics, type AppMetrics } from './metrics.js';
import { signInLimiter } from './sign-in-limits.js';
import { metricsRouter } from './http/metrics-router.js';
import { operatorSession } from './graphql/operator-session.js';
import type { Database } from './persistence/database.js';
import { queuedInserts, queuedWrites, refusals } from './persistence/queue-depths.js';

export interface AppDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** Defaults to Midtrans Snap through midtrans-client, per config.midtrans. */
  gateway?: PaymentGateway;
  /** Defaults to Redis when config.redisUrl is set, else in-memory (one process only). */
  bus?: OrderStatusBus;
  clock?: Clock;
  /** Seeded into an empty catalog (CATALOG_FILE); defaults to the built-in seven products. */
  seedCatalog?: readonly Product[];
  /** When to check again after a refund or cancel without an answer (tests: [] leaves it to the reconciler). */
  followUpDelaysMs?: readonly number[];
  /** Orders that may wait to be projected; defaults to the projector's MAX_PENDING (tests: a small bound). */
  maxPendingProjections?: number;
}

export interface App {
  start(port?: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
  apollo: ApolloServer<GraphQLContext>;
  contextValue: GraphQLContext;
  /** The payment core and its adapters (tests, bench, admin tools). */
  stack: PaymentsStack;
  metrics: AppMetrics;
}

/** The webhook budgets apply on this path (its prefix, as Express mounts it), the one Midtrans delivers to. */
const RATE_LIMITED_WEBHOOK_PATH = NOTIFICATION_PATHS.midtrans;

/** A database operation this slow is logged. */
const SLOW_OPERATION_MS = 1_000;

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, db, logger } = deps;
  const clock = deps.clock ?? { now: () => new Date() };

  const bus = deps.bus ?? new OrderStatusBus(config.redisUrl ? new RedisPubSub(config.redisUrl) : undefined);
  const metrics = createMetrics();
  const rateLimits = createRateLimits({ ...config.rateLimits, signIn: config.signInLimits }, config.redisUrl, metrics.rateLimited);
  const stack = await buildPaymentsStack({
    config,
    db,
    logger,
    events: bus,
    clock,
    metrics,
    signInLimiter: signInLimiter(rateLimits.signInPerIp, rateLimits.signInPerAccount),
    ...(deps.gateway ? { gateway: deps.gateway } : {}),
    ...(deps.seedCatalog ? { seedCatalog: deps.seedCatalog } : {}),
    ...(deps.followUpDelaysMs ? { followUpDelaysMs: deps.followUpDelaysMs } : {}),
    ...(deps.maxPendingProjections ? { maxPendingProjections: deps.maxPendingProjections } : {}),
  });
  metrics.observe({
    liveSubscriptions: () => bus.liveSubscriptions,
    droppedSubscriptions: () => bus.droppedSubscriptions,
    projectionBacklog: () => stack.projector.backlog,
    projectionLagMs: () => stack.projector.lagMs(),
    projectionDropped: () => stack.projector.dropped,
    queuedWrites,
    queuedInserts,
    refusedWrites: () => refusals.writeLane,
    refusedInserts: () => refusals.inserts,
  });
  // With several instances (REDIS_URL), orders placed and changes applied by the others
  // reach this one's order cache (order-store.ts); alone, it knows its own already, and
  // decoding its own announcements again would only add work to every change. Waited
  // for a moment only: without Redis the instance still works, reading what it has not
  // heard of from the database, and commits stay exact.
  const unlisten: (() => void)[] = [];
  unlisten.push(
    db.onOperation(({ collection, operation, waitedMs, tookMs }) => {
      metrics.databaseOperation(collection, operation, waitedMs / 1000, tookMs / 1000);
      // Past a second, Midtrans's 5 s is in sight: worth a line, with what it was.
      if (tookMs + Math.max(0, waitedMs) >= SLOW_OPERATION_MS) {
        logger.warn('slow database operation', { collection, operation, waitedMs: Math.round(waitedMs), tookMs: Math.round(tookMs) });
      }
    }),
  );
  if (config.redisUrl) {
    const listening = Promise.all([
      bus.observeAll((order) => stack.observe(order)),
      bus.observePlaced((order) => stack.orders.learn(order)),
    ]).then(
      (stops) => void unlisten.push(...stops),
      (error: unknown) =>
        logger.error('not listening for other instances’ orders; reading them from the database', { error: String(error) }),
    );
    await Promise.race([listening, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  }
  const { payments } = stack;

  const contextValue: GraphQLContext = {
    payments,
    bus,
    desk: stack.desk,
    operators: stack.operators,
    paymentConfig: stack.clientConfig,
  };

  const app = express();
  app.disable('x-powered-by');
  // Who the client is (rate limits, socket caps): the socket address unless TRUST_PROXY names proxies.
  app.set('trust proxy', config.trustProxy);
  // One handler per gateway, shared by the webhook lane and the Express route (one in-flight count).
  const notificationHandlers = new Map(
    [...stack.notifications].map(([gateway, notifications]) => [
      NOTIFICATION_PATHS[gateway],
      notificationHandler({ notifications, logger, metrics }),
    ]),
  );
  // Most deliveries are answered before Express (webhook-lane.ts says why and how).
  const lane = webhookLane({
    routes: new Map([...notificationHandlers].map(([path, handle]) => [path, { handle, rateLimited: path === RATE_LIMITED_WEBHOOK_PATH }])),
    limits: rateLimits,
    clientIp: (request) => clientIpOf(app, request),
    logger,
  });
  const httpServer: Server = createServer(serverOptions(), (req, res) => {
    if (!lane(req, res)) app(req, res);
  });
  const formatError = createErrorFormatter(logger);
  // Secure cookies wherever the shop is served over HTTPS (always in production).
  const secureCookies = config.production || config.publicAppUrl.startsWith('https:');
  const requestContext = (ip: string, request?: IncomingMessage, response?: express.Response): GraphQLContext => ({
    ...contextValue,
    limits: clientLimits(rateLimits, ip),
    session: operatorSession(stack.operators, ip, request, response, secureCookies),
    ...(response?.locals.requestId ? { requestId: response.locals.requestId, logger: response.locals.logger } : {}),
  });

  const wsCleanup = serveGraphQLWebSocket({
    httpServer,
    schema,
    path: '/graphql',
    allowedOrigins: config.corsOrigins,
    ...(config.explorerEnabled ? { allowOrigin: isLocalSameOrigin } : {}),
    maxSocketsPerIp: config.webSocket.maxSocketsPerIp,
    maxSubscriptionsPerSocket: config.webSocket.maxSubscriptionsPerSocket,
    clientIp: (request) => clientIpOf(app, request),
    context: requestContext,
    formatError,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    validationRules: limitRules,
    plugins: [
      ...limitPlugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
      // Apollo Sandbox for exploring the API, only where introspection is on (config.ts).
      config.introspection
        ? withExplorerLink(ApolloServerPluginLandingPageLocalDefault({ embed: true }), config.explorerEnabled)
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(requestIds(logger));
  app.use(securityHeaders({ landingPage: config.introspection }));
  // What the webhook lane leaves to Express (another charset, a compressed body, one
  // announced as too large). Before the router: an IP over budget is refused before its body is read.
  app.use(RATE_LIMITED_WEBHOOK_PATH, webhookRateLimit(rateLimits));
  for (const [path, handle] of notificationHandlers) app.use(notificationRouter(path, handle));
  app.use(healthRouter(db.ping));
  app.use(metricsRouter(metrics, { token: config.metricsToken, loopbackWithoutToken: config.metricsFromLoopbackWithoutToken }));
  app.use(
    '/graphql',
    // Credentials: the operator desk's session cookie. SameSite=Strict and this allow-list
    // keep other sites from using it.
    cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: true }),
    requireJsonBody,
    express.json({ limit: '100kb' }),
    tokenLimit,
    expressMiddleware(apollo, { context: async ({ req, res }) => requestContext(req.ip ?? 'unknown', req, res) }),
  );
  if (config.explorerEnabled) app.use('/explorer', explorerRouter());
  app.use(notFound);
  app.use(errorHandler(logger));

  return {
    apollo,
    contextValue,
    stack,
    metrics,
    async start(port = config.port, host = config.host) {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      stack.startReconciler();
      return { url: `http://127.0.0.1:${actual}`, port: actual };
    },
    async stop() {
      // Drains HTTP and disposes graphql-ws (plugins above), then closes the listener.
      await apollo.stop();
      await stack.stop();
      for (const stop of unlisten) stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await bus.close();
      await rateLimits.close();
    },
  };
}
