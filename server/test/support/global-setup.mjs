// Starts one embedded FerretDB (temp dir, free port) for the whole Jest run, unless
// MONGODB_URI points at a database to use instead (e.g. real MongoDB 7).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFerretDB } from '../../../scripts/ferretdb.mjs';

export default async function globalSetup() {
  if (process.env.MONGODB_URI) {
    process.env.LUNAS_TEST_MONGODB_URI = process.env.MONGODB_URI;
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-test-db-'));
  const db = await startFerretDB({ port: 0, dataDir, quiet: true });
  globalThis.__LUNAS_TEST_DB__ = db;
  process.env.LUNAS_TEST_MONGODB_URI = db.uri;
}
