import { Router } from 'express';
import { driverError } from '../api-error.js';
import type { ChaosStore, DeliveryChaos } from '../chaos.js';
import type { DeliveryRecord } from '../delivery/delivery-log.js';
import type { Notifier } from '../delivery/notifier.js';
import { parseFault, type FaultStore } from '../faults.js';
import { bodyObject } from './body.js';

// The driver routes every gateway has in the same shape: its faults, its callback chaos and
// resending a callback. Each gateway mounts them in its own driver router (Midtrans at /sim/v1,
// Xendit at /sim/v1/xendit) and words what is its own (the per-order key, the delivery records).

/** `GET|PUT|DELETE /faults`: the armed faults; PUT adds one fault or an array of them. */
export function faultRoutes<R extends string>(faults: FaultStore<R>, routes: readonly R[]): Router {
  const router = Router();
  router.get('/faults', (_req, res) => {
    res.json({ faults: faults.faults });
  });
  router.put('/faults', (req, res) => {
    const list: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    faults.faults.push(...list.map((f) => parseFault(f, routes)));
    res.json({ faults: faults.faults });
  });
  router.delete('/faults', (_req, res) => {
    faults.reset();
    res.json({ faults: [] });
  });
  return router;
}

/**
 * `GET|PUT|DELETE /chaos`: the global knobs (PUT replaces them); GET also lists each order's own
 * under `perOrderKey` (the gateway's word for what a callback is about).
 */
export function chaosRoutes<T extends DeliveryChaos>(chaos: ChaosStore<T>, parse: (body: unknown) => T, perOrderKey: string): Router {
  const router = Router();
  router.get('/chaos', (_req, res) => {
    res.json({ global: chaos.global, [perOrderKey]: Object.fromEntries(chaos.perOrder) });
  });
  router.put('/chaos', (req, res) => {
    chaos.global = parse(req.body);
    res.json({ global: chaos.global });
  });
  router.delete('/chaos', (_req, res) => {
    chaos.reset();
    res.json({ global: {} });
  });
  return router;
}

/**
 * Sends a logged event again, as a resend call's body `{"times"?, "concurrent"?}` asks: 1–1000
 * copies (default 1), one after another, or all at once when `concurrent`.
 */
export function resendEvent(notifier: Notifier, eventId: string, rawBody: unknown): Promise<DeliveryRecord[]> {
  const body = bodyObject(rawBody);
  const times = body.times === undefined ? 1 : Number(body.times);
  if (!Number.isInteger(times) || times < 1 || times > 1000) throw driverError(400, 'invalid_times', 'times must be 1–1000');
  return notifier.resend(eventId, times, body.concurrent === true);
}

/** `{"notify": false}` on a driver call changes state without sending the callback; default true. */
export function notifyOption(body: Record<string, unknown>): boolean {
  if (body.notify === undefined) return true;
  if (typeof body.notify !== 'boolean') throw driverError(400, 'invalid_notify', 'notify must be true or false');
  return body.notify;
}
