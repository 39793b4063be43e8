import { Router } from 'express';
import { driverError } from '../api-error.js';
import { parseChaos } from '../chaos.js';
import { FAULT_ROUTES } from '../faults.js';
import type { SimContext } from '../engine/context.js';
import { bodyObject } from '../http/body.js';
import { dashboardTestPayload } from '../notifications/test-notification.js';
import { chaosRoutes, faultRoutes } from '../../kit/http/driver-knobs.js';
import { splitUrls } from '../../kit/util/urls.js';
import { resend } from './transactions-router.js';

// Driver API, simulator-wide: delivery log, clock, chaos, faults, config, reset.
export function createDriverControlRouter(ctx: SimContext, reset: () => void): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ ok: true, url: ctx.publicUrl(), now: ctx.clock.now().toISOString() });
  });

  router.get('/notifications', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const after = q.after === undefined ? undefined : Number(q.after);
    res.json({ deliveries: ctx.notifier.deliveries.list({ orderId: q.order_id, eventId: q.event_id, after }) });
  });

  /** The dashboard's "Test notification URL" button: `{"url"?}`, default the dashboard URL(s). */
  router.post('/notifications/test', async (req, res) => {
    const url = bodyObject(req.body).url;
    const payload = dashboardTestPayload(ctx.opts.merchantId, ctx.opts.serverKey, ctx.clock.now());
    const { eventId, sent } = ctx.notifier.publish({
      orderId: String(payload.order_id),
      transactionStatus: 'settlement',
      payload,
      urls: typeof url === 'string' ? [url] : ctx.opts.notificationUrls,
    });
    res.json({ event_id: eventId, deliveries: await sent });
  });

  router.post('/notifications/:eventId/resend', async (req, res) => {
    const eventId = String(req.params.eventId);
    if (!ctx.notifier.events.has(eventId)) throw driverError(404, 'not_found', `no event ${eventId}`);
    res.json(await resend(ctx, eventId, req.body));
  });

  router.get('/clock', (_req, res) => {
    res.json({ now: ctx.clock.now().toISOString() });
  });
  router.post('/clock/advance', async (req, res) => {
    const seconds = Number(bodyObject(req.body).seconds);
    if (!Number.isFinite(seconds) || seconds < 0) throw driverError(400, 'invalid_seconds', 'seconds must be a number ≥ 0');
    const { now, fired } = await ctx.clock.advance(seconds);
    res.json({ now: now.toISOString(), fired });
  });

  router.use(chaosRoutes(ctx.chaos, parseChaos, 'per_order'));
  router.use(faultRoutes(ctx.faults, FAULT_ROUTES));

  /** Change the dashboard Payment Notification URL at run time (`{"notificationUrl": "…"}`). */
  router.get('/config', (_req, res) => {
    res.json({ notification_urls: ctx.opts.notificationUrls, merchant_id: ctx.opts.merchantId, retry_time_scale: ctx.opts.retryTimeScale });
  });
  router.put('/config', (req, res) => {
    const body = bodyObject(req.body);
    if (typeof body.notificationUrl === 'string') ctx.opts.notificationUrls = splitUrls(body.notificationUrl);
    if (typeof body.retryTimeScale === 'number' && body.retryTimeScale >= 0) ctx.opts.retryTimeScale = body.retryTimeScale;
    res.json({ notification_urls: ctx.opts.notificationUrls, retry_time_scale: ctx.opts.retryTimeScale });
  });

  router.post('/reset', (_req, res) => {
    reset();
    res.json({ ok: true });
  });
  return router;
}
