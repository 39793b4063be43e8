import { Router } from 'express';

/** Asks the database whether it answers; throws when it does not. */
export type DatabasePing = () => Promise<void>;

/** GET /healthz: 200 when the database answers a ping, 503 otherwise. */
export function healthRouter(ping: DatabasePing): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  return router;
}
