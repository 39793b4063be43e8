// Process concerns only: read config, build real dependencies, start, handle signals.
//
// Signals are handled from the first line: Ctrl+C or SIGTERM while the API still waits
// for its database aborts the connect, stops an embedded database it started, and exits
// within 5 s (a hard deadline guards shutdowns that hang).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { CatalogFileError, readCatalogFile } from './catalog-file.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger, type AppLogger } from './logger.js';
import { connectDatabase } from './persistence/database.js';

/** A shutdown must finish within this, or the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 4_000;

// Local secrets live in the repo root's .env (see .env.example); real deploys set env vars.
const envFile = fileURLToPath(new URL('../../.env', import.meta.url));
if (existsSync(envFile)) process.loadEnvFile(envFile);

let logger: AppLogger = createLogger('info');
const starting = new AbortController();
/** What to stop on shutdown, most recent first. */
const cleanups: Array<() => Promise<unknown>> = [];
let stopping = false;

/** Registers something to stop on shutdown; stops it at once if shutdown already began. */
function own(stop: () => Promise<unknown>): void {
  if (stopping) void stop().catch(() => undefined);
  else cleanups.unshift(stop);
}

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  starting.abort(new Error(`${signal} while starting`));
  setTimeout(() => {
    logger.error('shutdown took too long; exiting anyway', { deadlineMs: SHUTDOWN_DEADLINE_MS });
    void logger.flush().finally(() => process.exit(1));
  }, SHUTDOWN_DEADLINE_MS).unref();
  for (const stop of cleanups) {
    await stop().catch((error: unknown) => logger.error('error while stopping', { error: String(error) }));
  }
  await logger.flush();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/**
 * No MONGODB_URI: the embedded FerretDB from @lunas/dev-services, a development dependency.
 * Loaded only here, so a production install (without dev dependencies) never needs it.
 */
async function startEmbeddedDatabase(signal: AbortSignal): Promise<{ uri: string; pid: number; stop(): Promise<void> }> {
  let devServices: typeof import('@lunas/dev-services');
  try {
    devServices = await import('@lunas/dev-services');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ConfigError(
      'MONGODB_URI is not set, and the embedded database (@lunas/dev-services, a development dependency) ' +
        'is not installed here. Set MONGODB_URI=mongodb://… (production images always need it).',
    );
  }
  // Port 0: the API's own database never collides with `npm start`'s or another MongoDB.
  return devServices.startFerretDB({ port: 0, quiet: true, signal });
}

async function main(): Promise<void> {
  const config = loadConfig();
  logger = createLogger(config.logLevel);
  const { signal } = starting;
  // Checked before anything starts: a bad file stops the boot with the line to fix.
  const seedCatalog = config.catalogFile ? readCatalogFile(config.catalogFile) : undefined;
  let mongodbUri = config.mongodbUri;
  if (!mongodbUri) {
    const embedded = await startEmbeddedDatabase(signal);
    own(embedded.stop);
    logger.info('started the embedded database (MONGODB_URI unset)', { uri: embedded.uri, pid: embedded.pid });
    mongodbUri = embedded.uri;
  }
  const db = await connectDatabase(mongodbUri, { dbName: 'lunas', signal });
  own(() => db.close());
  signal.throwIfAborted();
  const app = await buildApp({ config, db, logger, ...(seedCatalog ? { seedCatalog } : {}) });
  own(() => app.stop());
  signal.throwIfAborted();
  const { url } = await app.start();
  logger.info('Lunas API ready', {
    graphql: `${url}/graphql`,
    explorer: config.explorerEnabled ? `${url}/explorer` : 'off',
    webhook: `${url}/api/payments/notification`,
    midtransMode: config.midtrans.mode,
  });
}

main().catch(async (error: unknown) => {
  if (stopping) return; // a signal interrupted the start; shutdown() exits
  if (error instanceof ConfigError || error instanceof CatalogFileError) {
    console.error(error.message);
  } else {
    logger.error('failed to start', { error: String(error), stack: (error as Error).stack });
  }
  for (const stop of cleanups) await stop().catch(() => undefined);
  await logger.flush();
  process.exit(1);
});
