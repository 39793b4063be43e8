// The processes a bench run starts and ends: the API (one or two instances), the Midtrans
// simulator, redis-server and the floor server, each a child of this process on loopback,
// plus the embedded FerretDB (@lunas/dev-services). Nothing is left running: every
// child is ended by its own pid in stopAll().
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@lunas/dev-services';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const started: ChildProcess[] = [];

export interface Child {
  pid: number;
  url: string;
  /** With `inspect`: the V8 inspector's WebSocket address (loopback, this run only). */
  inspector?: string;
  /** The last lines it printed (for a failure message). */
  tail(): string;
  /** The first lines it printed (its start-up). */
  head(): string;
  stop(): Promise<void>;
}

export const port = (): Promise<number> => freePort();

/** The API's environment in a bench run: embedded defaults, the simulator, and no per-client limits. */
export function apiEnv(apiPort: number, mongodbUri: string, simulatorUrl: string, catalogFile: string): Record<string, string> {
  return {
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    MONGODB_URI: mongodbUri,
    MIDTRANS_MODE: 'simulator',
    MIDTRANS_SIMULATOR_URL: simulatorUrl,
    CATALOG_FILE: catalogFile,
    RECONCILE_INTERVAL_S: '0',
    // Loopback is one client address: lift the per-IP limits meant for shoppers.
    RATE_LIMIT_CREATE_PAYMENT: '100000000/1s',
    RATE_LIMIT_WEBHOOK: '100000000/1s',
    RATE_LIMIT_WEBHOOK_FAILURES: '100000000/1s',
    RATE_LIMIT_ORDER_LOOKUP_FAILURES: '100000000/1s',
    WS_MAX_SOCKETS_PER_IP: '100000',
  };
}

/** Runs a TypeScript file in one node process (no tsx wrapper), so its pid is the one to measure. */
export async function launch(
  name: string,
  file: string,
  env: Record<string, string>,
  readyUrl: string,
  args: string[] = [],
  options: { inspect?: boolean } = {},
): Promise<Child> {
  // BENCH_CPU_PROF=<dir>: each process the bench starts writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const inspect = options.inspect ? ['--inspect=127.0.0.1:0'] : [];
  const child = spawn(process.execPath, [...profile, ...inspect, '--import', 'tsx', file, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let tail = '';
  let head = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
    if (head.length < 4000) head = (head + chunk.toString()).slice(0, 4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let inspector: string | undefined;
  const findInspector = (chunk: Buffer) => {
    inspector = /Debugger listening on (ws:\/\/\S+)/.exec(String(chunk))?.[1];
    if (inspector) child.stderr!.off('data', findInspector);
  };
  if (options.inspect) child.stderr!.on('data', findInspector);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} while starting:\n${tail}`);
    if (Date.now() > deadline) throw new Error(`${name} did not answer ${readyUrl} within 60 s:\n${tail}`);
    const ok = await fetch(readyUrl, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    url: new URL(readyUrl).origin,
    ...(inspector ? { inspector } : {}),
    tail: () => tail,
    head: () => head,
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

/** The gateway simulator on a free port, its notifications pointed nowhere (the bench posts the bodies itself). */
export async function launchSimulator(): Promise<Child> {
  const simPort = await port();
  return launch(
    'simulator',
    'gateway-simulator/src/cli.ts',
    { SIMULATOR_PORT: String(simPort), SIMULATOR_QUIET: '1', MIDTRANS_NOTIFICATION_URL: 'http://127.0.0.1:9/unused' },
    `http://127.0.0.1:${simPort}/snap/snap.js`,
    ['start'],
  );
}

export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const p = await port();
  const child = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (/Ready to accept connections/i.test(out)) resolve();
    });
    child.once('error', (error) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  return { url: `redis://127.0.0.1:${p}`, stop: () => stopChild(child) };
}

export async function stopAll(): Promise<void> {
  await Promise.all(started.map(stopChild));
}

/** Resident memory of a process, from /proc (Linux). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb[1]) * 1024;
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export const benchFile = (name: string) => path.join('server', 'bench', name);
