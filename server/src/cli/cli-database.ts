// What the CLIs share: the repo's .env (as `npm start` reads it) and the database they
// write to, which is the one `npm start` uses: MONGODB_URI, else the embedded database on
// FERRETDB_PORT. Never a guessed default port while the stack runs on another.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { connectDatabase, type Database } from '../persistence/database.js';

const envFile = fileURLToPath(new URL('../../../.env', import.meta.url));

/** Loads the repo root's .env, if there is one; variables already set win. */
export function loadLocalEnv(): void {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
}

export const DATABASE_HINT = 'The database is MONGODB_URI, else the embedded one of `npm start` / `npm run db` on FERRETDB_PORT (27017).';

export class CliDatabaseError extends Error {
  override name = 'CliDatabaseError';
}

/** The URI as it may be printed: a password in it is not. */
export const printableUri = (uri: string) => uri.replace(/\/\/[^@/]*@/, '//***@');

export async function connectCliDatabase(config: Config): Promise<Database> {
  const uri = config.toolsDatabaseUri;
  return connectDatabase(uri, { dbName: 'lunas' }).catch((error: unknown) => {
    throw new CliDatabaseError(
      `cannot reach the database at ${printableUri(uri)} (${String(error)}); start it (npm start or npm run db), or set FERRETDB_PORT or MONGODB_URI to where it runs`,
    );
  });
}
