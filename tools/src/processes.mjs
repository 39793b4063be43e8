// Stopping children quickly and for sure: every process `npm start` owns must be gone
// within 5 s of Ctrl+C, so SIGTERM first and SIGKILL after a grace period.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export const STOP_GRACE_MS = 3000;

/** Sends SIGTERM (to the whole process group when `group`), SIGKILL after the grace period. */
export function stopChild(child, { group = false, graceMs = STOP_GRACE_MS } = {}) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    const send = (signal) => {
      try {
        if (group) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // already gone
      }
    };
    send('SIGTERM');
    setTimeout(() => send('SIGKILL'), graceMs).unref();
  });
}

export const isRunning = (child) => child.exitCode === null && child.signalCode === null;

/**
 * Linux only: the ids of the processes that hold a TCP socket listening on `port`, read
 * from /proc. Returns undefined where /proc is not available (macOS), so callers can fall
 * back to weaker checks.
 */
export function listeningPids(port) {
  let tables;
  try {
    tables = ['/proc/net/tcp', '/proc/net/tcp6'].map((file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    });
  } catch {
    return undefined;
  }
  if (!tables.some(Boolean)) return undefined;
  const inodes = new Set();
  for (const line of tables.join('\n').split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    // local_address is HEXIP:HEXPORT; state 0A is LISTEN; field 9 is the socket inode.
    if (fields.length < 10 || fields[3] !== '0A') continue;
    if (Number.parseInt(fields[1].split(':').pop(), 16) === port) inodes.add(`socket:[${fields[9]}]`);
  }
  const pids = new Set();
  if (inodes.size === 0) return pids;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      try {
        if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.add(Number(pid));
          break;
        }
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return pids;
}

/** Linux only: the process group of `pid` (field 5 of /proc/<pid>/stat). */
export function processGroup(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return undefined;
  }
}
