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

/** The newest change under sourceDir, subfolders included (the FerretDB overlay's file lives in one). */
function newestSourceTime(sourceDir) {
  return Math.max(...readdirSync(sourceDir, { recursive: true }).map((file) => statSync(path.join(sourceDir, String(file))).mtimeMs));
}

/**
 * Builds tools/<name> unless an up-to-date binary exists; returns the binary's path.
 * `missingGoHint` says what to do instead when Go is absent. `prepare(sourceDir)`, if given,
 * returns a folder with the sources and a vendor/ tree to build from instead (FerretDB with
 * our pushdown). The binary is rebuilt when anything under
 * tools/<name>/ or the build scripts in tools/src/ is newer.
 */
export function buildGoTool(name, { quiet = false, missingGoHint = '', prepare } = {}) {
  const sourceDir = path.join(toolsDir, name);
  const bin = binaryPath(name);
  const newest = Math.max(newestSourceTime(sourceDir), newestSourceTime(path.join(toolsDir, 'src')));
  if (existsSync(bin) && statSync(bin).mtimeMs >= newest) return bin;
  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(`Go >= 1.24 is needed to build tools/${name}.${missingGoHint ? ` ${missingGoHint}` : ''}`);
  }
  if (!quiet) console.log(`[${name}] building tools/${name} with Go (once; the first build takes a while)…`);
  mkdirSync(path.dirname(bin), { recursive: true });
  const buildDir = prepare ? prepare(sourceDir) : sourceDir;
  const build = spawnSync('go', ['build', ...(prepare ? ['-mod=vendor'] : []), '-o', bin, '.'], {
    cwd: buildDir,
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
