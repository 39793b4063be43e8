// Builds and runs the small Go programs under tools/<name>/ (the embedded FerretDB and the
// miniredis fallback). Each one prints a single line `READY <uri>` once it accepts
// connections; that line is the contract start() waits for.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from './processes.mjs';

const toolsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root: binaries and data live in its .cache/ and .data/ (both git-ignored). */
export const repoRoot = path.resolve(toolsDir, '..');

export const binaryPath = (name) => path.join(repoRoot, '.cache', 'bin', name);

function newestSourceTime(sourceDir) {
  return Math.max(...readdirSync(sourceDir).map((file) => statSync(path.join(sourceDir, file)).mtimeMs));
}

/**
 * Builds tools/<name> unless an up-to-date binary exists; returns the binary's path.
 * `missingGoHint` says what to do instead when Go is absent.
 */
export function buildGoTool(name, { quiet = false, missingGoHint = '' } = {}) {
  const sourceDir = path.join(toolsDir, name);
  const bin = binaryPath(name);
  if (existsSync(bin) && statSync(bin).mtimeMs >= newestSourceTime(sourceDir)) return bin;
  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(`Go >= 1.24 is needed to build tools/${name}.${missingGoHint ? ` ${missingGoHint}` : ''}`);
  }
  if (!quiet) console.log(`[${name}] building tools/${name} with Go (once; the first build takes a while)…`);
  mkdirSync(path.dirname(bin), { recursive: true });
  const build = spawnSync('go', ['build', '-o', bin, '.'], {
    cwd: sourceDir,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building tools/${name} failed:\n${build.stderr ?? ''}`);
  return bin;
}

/**
 * Starts a built tool and resolves with the URI from its READY line. An aborted `signal`
 * stops it even before it is ready (Ctrl+C while the database starts).
 * @returns {Promise<{ uri: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startGoTool(name, bin, args, { quiet = false, signal } = {}) {
  signal?.throwIfAborted();
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => stopChild(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (!quiet) process.stderr.write(`[${name}] ${chunk}`);
  });
  const onAbort = () => void stop();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const uri = await new Promise((resolve, reject) => {
      let out = '';
      const onData = (chunk) => {
        out += chunk;
        const match = /READY (\S+)/.exec(out);
        if (match) {
          child.stdout.off('data', onData);
          child.off('exit', onExit);
          resolve(match[1]);
        }
      };
      const onExit = (code, killedBy) =>
        reject(
          signal?.aborted ? signal.reason : new Error(`${name} exited with ${killedBy ?? `code ${code}`} before it was ready:\n${stderr}`),
        );
      child.stdout.on('data', onData);
      child.once('exit', onExit);
    });
    return { uri, pid: child.pid, stop };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
