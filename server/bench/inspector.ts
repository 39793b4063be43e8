// The V8 inspector of a child the bench started with `inspect` (loopback, this run
// only): a full garbage collection before a memory figure, and a CPU profile of exactly
// one phase (the profiler `--cpu-prof` uses, started and stopped around that phase, so
// the profile holds the settlement path and not the process's start-up).
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import type { Child } from './processes.js';

interface Session {
  call(method: string, params?: Record<string, unknown>): Promise<any>;
  close(): void;
}

async function openSession(child: Child): Promise<Session> {
  if (!child.inspector) throw new Error('the process was not started with inspect');
  const socket = new WebSocket(child.inspector);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let next = 1;
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = next++;
        const onMessage = (data: Buffer) => {
          const reply = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
          if (reply.id !== id) return;
          socket.off('message', onMessage);
          if (reply.error) reject(new Error(reply.error.message));
          else resolve(reply.result);
        };
        socket.on('message', onMessage);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

/**
 * A full garbage collection in the child (HeapProfiler.collectGarbage, twice), so that a
 * memory figure counts what is kept, not garbage that happens not to be collected yet.
 */
export async function collectGarbage(child: Child): Promise<void> {
  const session = await openSession(child);
  try {
    await session.call('HeapProfiler.collectGarbage');
    await session.call('HeapProfiler.collectGarbage');
  } finally {
    session.close();
  }
}

/** Runs `work` with the child's CPU profiler on, and writes the profile (.cpuprofile) to `file`. */
export async function profileWhile<T>(child: Child, file: string, work: () => Promise<T>): Promise<T> {
  const session = await openSession(child);
  try {
    await session.call('Profiler.enable');
    await session.call('Profiler.start');
    const result = await work();
    const { profile } = (await session.call('Profiler.stop')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    return result;
  } finally {
    session.close();
  }
}
