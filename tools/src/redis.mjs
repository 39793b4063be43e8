// A Redis for the tests of multi-instance subscriptions: the real redis-server when it is
// on PATH (preferred, and what CI installs), else the miniredis fallback the project builds
// with Go (tools/miniredis), so `npm test` needs nothing installed by hand.
import { spawn, spawnSync } from 'node:child_process';
import { buildGoTool, startGoTool } from './go-tools.mjs';
import { freePort } from './ports.mjs';
import { stopChild } from './processes.mjs';

export const hasRedisServer = () => spawnSync('redis-server', ['--version']).status === 0;

/** Builds tools/miniredis unless an up-to-date binary exists. */
export function buildMiniredis({ quiet = false } = {}) {
  return buildGoTool('miniredis', {
    quiet,
    missingGoHint: 'Or install redis-server (Debian/Ubuntu: apt-get install -y redis-server), or set REDIS_URL.',
  });
}

async function startRedisServer(quiet) {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    const onExit = (code) => reject(new Error(`redis-server exited with ${code}: ${out}`));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!quiet) process.stdout.write(`[redis] ${chunk}`);
      if (/Ready to accept connections/i.test(out)) {
        child.off('exit', onExit);
        resolve();
      }
    });
    child.once('exit', onExit);
  });
  return { uri: `redis://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
}

/**
 * Starts a throwaway Redis on a free loopback port.
 * @param {{ quiet?: boolean, prefer?: 'redis-server' | 'miniredis' }} options
 * @returns {Promise<{ uri: string, pid: number, kind: 'redis-server' | 'miniredis', stop: () => Promise<void> }>}
 */
export async function startRedis({ quiet = true, prefer = 'redis-server' } = {}) {
  if (prefer === 'redis-server' && hasRedisServer()) {
    return { ...(await startRedisServer(quiet)), kind: 'redis-server' };
  }
  const bin = buildMiniredis({ quiet });
  return { ...(await startGoTool('miniredis', bin, ['-listen', '127.0.0.1:0'], { quiet })), kind: 'miniredis' };
}
