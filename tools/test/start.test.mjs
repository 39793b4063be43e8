// `npm start` (scripts/start.mjs) end to end, as a developer runs it: it refuses a busy
// port before starting anything, and Ctrl+C / SIGTERM stops the whole stack within 5 s,
// also in the middle of start-up. Ports are all free ones, so a running dev stack is untouched.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { freePort, isPortBusy } from '@lunas/dev-services';
import { listeningPids, processGroup } from '../src/processes.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function ports() {
  return { PORT: await freePort(), SIMULATOR_PORT: await freePort(), SHOP_PORT: await freePort(), FERRETDB_PORT: await freePort() };
}

function npmStart(env) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, MONGODB_URI: '', ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  return { child, exited, output: () => output };
}

async function until(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function busyPorts(used) {
  const busy = [];
  for (const [name, port] of Object.entries(used)) if (await isPortBusy(port)) busy.push(`${name}=${port}`);
  return busy;
}

test('a busy port stops npm start before anything starts, naming the port and its variable', async () => {
  const used = await ports();
  const stranger = createServer();
  await new Promise((resolve) => stranger.listen(used.SIMULATOR_PORT, '127.0.0.1', resolve));
  try {
    const run = npmStart(used);
    const { code } = await run.exited;
    assert.equal(code, 1);
    assert.match(run.output(), new RegExp(`Port ${used.SIMULATOR_PORT} \\(Midtrans simulator\\) is already in use`));
    assert.match(run.output(), /SIMULATOR_PORT=/);
    assert.doesNotMatch(run.output(), /Lunas is running/);
    const { SIMULATOR_PORT, ...others } = used;
    assert.deepEqual(await busyPorts(others), [], 'nothing was started');
  } finally {
    await new Promise((resolve) => stranger.close(resolve));
  }
});

test('SIGTERM stops a running stack within 5 s, every port released', { timeout: 240_000 }, async (t) => {
  const used = await ports();
  const run = npmStart(used);
  try {
    await until(() => /Lunas is running/.test(run.output()), 'Lunas is running', 200_000);
    assert.deepEqual((await busyPorts(used)).length, Object.keys(used).length, run.output());
    const sentAt = Date.now();
    run.child.kill('SIGTERM');
    const { code, at } = await run.exited;
    assert.equal(code, 0);
    t.diagnostic(`stopped in ${at - sentAt} ms`);
    assert.ok(at - sentAt < 5_000, `stopped in ${at - sentAt} ms`);
    assert.deepEqual(await busyPorts(used), [], 'every service is gone');
  } finally {
    run.child.kill('SIGKILL');
  }
});

test('SIGINT in the middle of start-up stops what was already started within 5 s', { timeout: 240_000 }, async (t) => {
  const used = await ports();
  const run = npmStart(used);
  try {
    // The database is up; the simulator and API are still starting.
    await until(() => isPortBusy(used.FERRETDB_PORT), 'the embedded database', 120_000);
    const sentAt = Date.now();
    run.child.kill('SIGINT');
    const { code, at } = await run.exited;
    assert.equal(code, 0);
    t.diagnostic(`stopped in ${at - sentAt} ms`);
    assert.ok(at - sentAt < 5_000, `stopped in ${at - sentAt} ms`);
    assert.doesNotMatch(run.output(), /Lunas is running/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await busyPorts(used), [], 'nothing left running');
  } finally {
    run.child.kill('SIGKILL');
  }
});

/** `npm start` as typed, in a process group of its own so that a signal can reach npm alone. */
function realNpmStart(env) {
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env: { ...process.env, MONGODB_URI: '', ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

for (const [how, stop] of [
  ['SIGINT sent to the npm process alone', (npm) => npm.kill('SIGINT')],
  ['SIGTERM sent to the npm process alone', (npm) => npm.kill('SIGTERM')],
  ['npm killed outright (SIGKILL, no signal for Lunas)', (npm) => npm.kill('SIGKILL')],
]) {
  test(`${how} stops every service npm start started`, { timeout: 240_000 }, async () => {
    const used = await ports();
    const run = realNpmStart(used);
    try {
      await until(() => /Lunas is running/.test(run.output()), 'Lunas is running', 200_000);
      assert.equal((await busyPorts(used)).length, Object.keys(used).length, run.output());
      stop(run.child); // only npm's own pid: not its group
      await until(async () => (await busyPorts(used)).length === 0, 'every port released', 15_000).catch(async (error) => {
        throw new Error(`${error.message}; still busy: ${await busyPorts(used)}\n${run.output()}`);
      });
    } finally {
      // A failed run must not leave its stack behind: end the process groups holding the
      // ports this test picked (ours by construction), and npm's own group.
      const groups = new Set([run.child.pid]);
      for (const port of Object.values(used)) for (const pid of listeningPids(port) ?? []) groups.add(processGroup(pid) ?? pid);
      for (const group of groups) {
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
  });
}
