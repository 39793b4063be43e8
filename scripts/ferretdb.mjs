// Builds (on first use) and starts the embedded FerretDB v1 server that stands in
// for MongoDB on machines without mongod. Used by `npm start`, `npm run db`, the
// server's Jest global setup and the browser tests.
//
//   import { startFerretDB } from '../scripts/ferretdb.mjs'
//   const db = await startFerretDB({ port: 0, dataDir })   // -> { uri, stop() }
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'tools', 'ferretdb');
export const binaryPath = path.join(root, '.cache', 'bin', 'ferretdb');

function newestSourceTime() {
  return Math.max(
    ...readdirSync(sourceDir).map((name) => statSync(path.join(sourceDir, name)).mtimeMs),
  );
}

/** Builds the Go wrapper unless an up-to-date binary exists. */
export function buildFerretDB({ quiet = false } = {}) {
  if (existsSync(binaryPath) && statSync(binaryPath).mtimeMs >= newestSourceTime()) {
    return binaryPath;
  }
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.status !== 0) {
    throw new Error(
      'Go is needed to build the embedded database (tools/ferretdb). Install Go >= 1.24, ' +
        'or set MONGODB_URI to use an existing MongoDB.',
    );
  }
  if (!quiet) console.log('[db] building the FerretDB wrapper (first run takes a minute or two)…');
  mkdirSync(path.dirname(binaryPath), { recursive: true });
  const build = spawnSync('go', ['build', '-o', binaryPath, '.'], {
    cwd: sourceDir,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`building tools/ferretdb failed:\n${build.stderr ?? ''}`);
  }
  return binaryPath;
}

/**
 * Starts FerretDB and resolves once it accepts connections.
 * @param {{ port?: number, host?: string, dataDir: string, quiet?: boolean }} options
 * @returns {Promise<{ uri: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startFerretDB({ port = 27017, host = '127.0.0.1', dataDir, quiet = false }) {
  const bin = buildFerretDB({ quiet });
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(bin, ['-listen', `${host}:${port}`, '-data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (!quiet) process.stderr.write(`[db] ${chunk}`);
  });

  const uri = await new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`FerretDB exited with code ${code} before it was ready:\n${stderr}`)),
    );
  });

  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { uri, pid: child.pid, stop };
}
