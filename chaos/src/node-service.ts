// One node process of a chaos run (the API or the simulator, through tsx), in its own
// process group so that kill -9 reaches tsx's child too, with its output appended to a
// log file across restarts.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(url: string, what: string, child: ChildProcess | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${what} exited while starting`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not answering yet
    }
    await sleep(100);
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs} ms`);
}

/** A node process in its own process group, so a kill reaches tsx's child too. */
export class NodeService {
  child: ChildProcess | undefined;
  starts = 0;
  /** Exits nobody asked for: a crash of the process itself. */
  unexpectedExits = 0;
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
    private readonly readyUrl: string,
  ) {}

  async start(): Promise<void> {
    const log = openSync(this.logFile, 'a');
    try {
      this.child = spawn(tsx, this.args, { cwd: root, env: this.env, stdio: ['ignore', log, log], detached: true });
    } finally {
      closeSync(log);
    }
    this.stopping = false;
    this.child.once('exit', () => {
      if (!this.stopping) this.unexpectedExits++;
    });
    this.starts++;
    await waitFor(this.readyUrl, this.name, this.child, 60_000);
  }

  /** kill -9 of the whole group, as a crash would. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM', 5_000);
  }

  private async signal(signal: NodeJS.Signals, graceMs = 0): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.stopping = true;
    killGroup(child.pid, signal);
    if (graceMs > 0) {
      const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    } else {
      await Promise.race([exited, sleep(5_000)]);
    }
    // Grandchildren (tsx's node) may outlive the leader by a moment.
    killGroup(child.pid, 'SIGKILL');
  }

  /** A signal to the whole group that is not a stop (SIGUSR2 for --trace-db). */
  notify(signal: NodeJS.Signals): void {
    if (this.child?.pid && this.child.exitCode === null) killGroup(this.child.pid, signal);
  }

  /** Last resort on exit: synchronous, no waiting. */
  killNow(): void {
    this.stopping = true;
    if (this.child?.pid) killGroup(this.child.pid, 'SIGKILL');
  }
}

export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
