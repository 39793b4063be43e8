import express, { type Express } from 'express';
import { createChargeRouter } from './midtrans/core-api/charge-router.js';
import { createPayAccountActivationRouter, createPayAccountRouter } from './midtrans/core-api/pay-account-router.js';
import { createSavedCardsRouter } from './midtrans/core-api/saved-cards-router.js';
import { createSubscriptionsRouter } from './midtrans/core-api/subscriptions-router.js';
import { createCoreApiRouter } from './midtrans/core-api/transactions-router.js';
import { createThreeDsPageRouter } from './midtrans/core-api/three-ds-page.js';
import { createWalletPagesRouter } from './midtrans/core-api/wallet-pages.js';
import { createDriverControlRouter } from './midtrans/driver/control-router.js';
import { createDriverRecurringRouter } from './midtrans/driver/recurring-router.js';
import { createDriverTransactionsRouter } from './midtrans/driver/transactions-router.js';
import type { SimContext } from './midtrans/engine/context.js';
import { lenientJson } from './midtrans/http/body.js';
import { driverAccess } from './kit/http/driver-auth.js';
import { errorHandler, notFound } from './midtrans/http/errors.js';
import { createSnapPageRouter } from './midtrans/snap/page-router.js';
import { createSnapApiRouter } from './midtrans/snap/router.js';
import { createSnapUiRouter } from './midtrans/ui/router.js';
import type { XenditGateway } from './xendit/index.js';

/** Composes every router; process concerns (listening, signals) live in index.ts / cli.ts. */
export function buildApp(ctx: SimContext, xendit: XenditGateway, reset: () => void): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  // Xendit lives under its own prefix: its page first (no auth), then its API (Basic auth).
  app.use('/xendit', xendit.page, xendit.api);
  app.use(createSnapApiRouter(ctx));
  app.use(createSnapPageRouter(ctx));
  app.use(createThreeDsPageRouter(ctx));
  app.use(createWalletPagesRouter(ctx));
  app.use(createPayAccountActivationRouter(ctx));
  const core = createCoreApiRouter(ctx);
  app.use(core);
  app.use(createChargeRouter(ctx));
  app.use(createSavedCardsRouter(ctx));
  app.use(createPayAccountRouter(ctx));
  app.use(createSubscriptionsRouter(ctx));

  const driver = express.Router();
  driver.use(driverAccess(ctx.opts.driverToken));
  driver.use(...lenientJson('driver'));
  driver.use(createDriverTransactionsRouter(ctx));
  driver.use(createDriverControlRouter(ctx, reset));
  driver.use(createDriverRecurringRouter(ctx));
  driver.use('/xendit', xendit.driver);
  app.use('/sim/v1', driver);

  app.use(createSnapUiRouter({ clientKey: ctx.opts.clientKey }));
  app.use(notFound);
  app.use(errorHandler(ctx.log));
  return app;
}
