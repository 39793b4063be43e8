// GET /metrics in Prometheus's text format. With METRICS_TOKEN set it wants
// `Authorization: Bearer <token>`. Without one it answers loopback clients only, and only
// where that means something: behind a reverse proxy on the same host (TRUST_PROXY) every
// visitor arrives from 127.0.0.1, and in production a forgotten token must not publish the
// numbers, so there the token is required and its absence is named in the answer.
import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { AppMetrics } from '../metrics.js';

export interface MetricsAccess {
  token: string | undefined;
  loopbackWithoutToken: boolean;
}

export function metricsRouter(metrics: AppMetrics, access: MetricsAccess): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!allowed(req.headers.authorization, req.socket.remoteAddress, access)) {
      const message =
        access.token || access.loopbackWithoutToken
          ? 'metrics need a bearer token'
          : 'metrics need a bearer token: set METRICS_TOKEN (required with TRUST_PROXY or NODE_ENV=production)';
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: { code: 'UNAUTHENTICATED', message } });
      return;
    }
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function allowed(authorization: string | undefined, remote: string | undefined, { token, loopbackWithoutToken }: MetricsAccess): boolean {
  if (!token) return loopbackWithoutToken && remote !== undefined && LOOPBACK.has(remote);
  const given = Buffer.from(authorization?.replace(/^Bearer /i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
