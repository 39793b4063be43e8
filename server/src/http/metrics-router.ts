// GET /metrics in Prometheus's text format. With METRICS_TOKEN set it wants
// `Authorization: Bearer <token>`; without one it answers loopback clients only, so a
// deploy that forgot the token does not publish its numbers to the world.
import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { AppMetrics } from '../metrics.js';

export function metricsRouter(metrics: AppMetrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!allowed(req.headers.authorization, req.socket.remoteAddress, token)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: { code: 'UNAUTHENTICATED', message: 'metrics need a bearer token' } });
      return;
    }
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

function allowed(authorization: string | undefined, remote: string | undefined, token: string | undefined): boolean {
  if (!token) return remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1';
  const given = Buffer.from(authorization?.replace(/^Bearer /i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
