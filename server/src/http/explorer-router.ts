// GET /explorer: GraphiQL (with the explorer plugin) from @lunas/explorer's built files,
// so the API can be explored with no internet (Apollo Sandbox at /graphql loads from a
// CDN). Mounted only when config.explorerEnabled (off with NODE_ENV=production, like
// introspection). The package is a development dependency: where it is absent or not built
// (the production image) the route answers 404 with the command that builds it.
import type { IncomingMessage } from 'node:http';
import express, { Router } from 'express';

const NOT_BUILT = {
  error: 'explorer not built',
  hint: 'run `npm run build -w @lunas/explorer` (npm start, npm run build and CI do it), then reload',
};

type Assets = { assetsDir: string; isBuilt(): boolean };

async function loadAssets(): Promise<Assets | undefined> {
  try {
    return await import('@lunas/explorer');
  } catch (error) {
    // Absent (a production install without development dependencies): answer "not built".
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

export function explorerRouter(): Router {
  const router = Router();
  let assets: Promise<Assets | undefined> | undefined;
  let serveStatic: express.Handler | undefined;
  router.use(async (req, res, next) => {
    assets ??= loadAssets();
    const found = await assets;
    // Checked per request: `npm run build -w @lunas/explorer` may finish after the API started.
    if (!found?.isBuilt()) return void res.status(404).json(NOT_BUILT);
    // Hashed file names under assets/ never change content; index.html always revalidates.
    serveStatic ??= express.static(found.assetsDir, {
      index: 'index.html',
      setHeaders: (response, path) =>
        response.setHeader('Cache-Control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
    });
    serveStatic(req, res, next);
  });
  return router;
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * The explorer's subscriptions come from the API's own origin, which the shop's CORS
 * list does not name. Accepted only on a loopback host name: a page elsewhere cannot pose
 * as same-origin through DNS rebinding (its Host would be the attacker's name). Behind a
 * real host name, add the API's origin to CORS_ORIGINS to use the explorer there.
 */
export function isLocalSameOrigin(origin: string, request: IncomingMessage): boolean {
  const host = request.headers.host ?? '';
  return LOOPBACK_HOST.test(host) && (origin === `http://${host}` || origin === `https://${host}`);
}
