// Starts what the server tests need, once per Jest run (through @lunas/dev-services):
// - one embedded FerretDB (temp dir, free port), unless MONGODB_URI names a database to use;
// - one Redis (free port, no persistence), unless REDIS_URL names one to use: the real
//   redis-server when installed, else the miniredis fallback built with Go, so a fresh
//   machine needs nothing installed by hand. LUNAS_TEST_REDIS=miniredis forces the fallback.
// Each test file then makes its own database, so files never see each other's data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFerretDB, startRedis } from '@lunas/dev-services';

export default async function globalSetup() {
  if (process.env.MONGODB_URI) {
    process.env.LUNAS_TEST_MONGODB_URI = process.env.MONGODB_URI;
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-test-db-'));
    const db = await startFerretDB({ port: 0, dataDir, quiet: true });
    globalThis.__LUNAS_TEST_DB__ = db;
    process.env.LUNAS_TEST_MONGODB_URI = db.uri;
  }
  if (process.env.REDIS_URL) {
    process.env.LUNAS_TEST_REDIS_URL = process.env.REDIS_URL;
  } else {
    const prefer = process.env.LUNAS_TEST_REDIS === 'miniredis' ? 'miniredis' : 'redis-server';
    const redis = await startRedis({ prefer });
    globalThis.__LUNAS_TEST_REDIS__ = redis;
    process.env.LUNAS_TEST_REDIS_URL = redis.uri;
    process.env.LUNAS_TEST_REDIS_KIND = redis.kind;
  }
}
