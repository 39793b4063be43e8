// Starts what the server tests need, once per Jest run:
// - one embedded FerretDB (temp dir, free port), unless MONGODB_URI names a database to use;
// - one redis-server (free port, no persistence), unless REDIS_URL names one to use.
// Each test file then makes its own database, so files never see each other's data.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/stack.mjs';
import { startFerretDB } from '../../../scripts/ferretdb.mjs';

async function startRedis() {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'redis-server is not installed: the tests of multi-instance subscriptions need it ' +
        '(Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis), or set REDIS_URL.',
    );
  }
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/Ready to accept connections/i.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

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
    const redis = await startRedis();
    globalThis.__LUNAS_TEST_REDIS__ = redis;
    process.env.LUNAS_TEST_REDIS_URL = redis.url;
  }
}
