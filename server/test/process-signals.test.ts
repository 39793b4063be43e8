// The API process stops on SIGTERM/SIGINT within 5 s at every stage, including while it
// still waits for its database (issue: a stuck API once outlived its stack), and it never
// leaves the embedded database it started running.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  signalAt: (signal: NodeJS.Signals) => void;
}

function startApi(env: Record<string, string | undefined>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MIDTRANS_MODE: 'simulator', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let sentAt = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - sentAt })),
  );
  return {
    child,
    output: () => output,
    exited,
    signalAt: (signal) => {
      sentAt = Date.now();
      child.kill(signal);
    },
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the API process and signals', () => {
  let blackHole: Server;
  const sockets: Socket[] = [];
  let blackHolePort = 0;

  beforeAll(async () => {
    // Accepts TCP connections and never says a word: a MongoDB that hangs.
    blackHole = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    blackHolePort = (blackHole.address() as { port: number }).port;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => blackHole.close(resolve));
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'exits cleanly within 5 s on %s while waiting for a database that never answers',
    async (signal) => {
      const before = sockets.length;
      const run = startApi({ MONGODB_URI: `mongodb://127.0.0.1:${blackHolePort}/lunas` });
      try {
        // The driver has connected and waits for the hello reply that never comes.
        await until(() => sockets.length > before, 'the API to connect to the database');
        run.signalAt(signal);
        const { code, signal: killedBy, ms } = await run.exited;
        // Handled, not merely killed: a process without handlers dies by the signal instead.
        expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
        expect(ms).toBeLessThan(5_000);
        expect(run.output()).toContain('"message":"shutting down"');
      } finally {
        run.child.kill('SIGKILL');
      }
    },
  );

  it('stops the embedded database it started (MONGODB_URI unset) when stopped during start-up', async () => {
    const run = startApi({ MONGODB_URI: undefined });
    try {
      await until(() => /started the embedded database/.test(run.output()), 'the embedded database', 120_000);
      const pid = Number(/"pid":(\d+)/.exec(run.output())?.[1]);
      expect(isAlive(pid)).toBe(true);
      run.signalAt('SIGTERM');
      const { code, ms } = await run.exited;
      expect(code).toBe(0);
      expect(ms).toBeLessThan(5_000);
      await until(() => !isAlive(pid), 'the embedded database to exit', 5_000);
    } finally {
      run.child.kill('SIGKILL');
    }
  }, 150_000);
});
