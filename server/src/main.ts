// Process concerns only: read config, build real dependencies, start, handle signals.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { CatalogFileError, readCatalogFile } from './catalog-file.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { connectDatabase } from './persistence/database.js';

const logger = createLogger();

// Local secrets live in the repo root's .env (see .env.example); real deploys set env vars.
const envFile = fileURLToPath(new URL('../../.env', import.meta.url));
if (existsSync(envFile)) process.loadEnvFile(envFile);

async function main() {
  const config = loadConfig();
  // Checked before anything starts: a bad file stops the boot with the line to fix.
  const seedCatalog = config.catalogFile ? readCatalogFile(config.catalogFile) : undefined;
  let mongodbUri = config.mongodbUri;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!mongodbUri) {
    // No MONGODB_URI: run the embedded FerretDB, as `npm start` does for the whole stack.
    // @ts-ignore - plain JS helper shared with the scripts
    const { startFerretDB } = await import('../../scripts/ferretdb.mjs');
    const embedded = await startFerretDB({ dataDir: fileURLToPath(new URL('../../.data/ferretdb', import.meta.url)) });
    mongodbUri = embedded.uri as string;
    stopEmbedded = embedded.stop;
  }
  const db = await connectDatabase(mongodbUri, { dbName: 'lunas' });
  const app = await buildApp({ config, db, logger, ...(seedCatalog ? { seedCatalog } : {}) });
  const { url } = await app.start();
  logger.info('Lunas API ready', {
    graphql: `${url}/graphql`,
    webhook: `${url}/api/payments/notification`,
    midtransMode: config.midtrans.mode,
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await app.stop();
    await db.close();
    await stopEmbedded?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CatalogFileError) {
    console.error(error.message);
  } else {
    logger.error('failed to start', { error: String(error), stack: (error as Error).stack });
  }
  process.exit(1);
});
