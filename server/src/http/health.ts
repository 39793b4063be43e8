import { Router } from 'express';
import type { Connection } from 'mongoose';

/** GET /healthz: 200 when the database answers a ping, 503 otherwise. */
export function healthRouter(connection: Connection): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await connection.db?.admin().ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  return router;
}
