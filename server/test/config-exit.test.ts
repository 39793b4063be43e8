// The guardrails as a deploy meets them: the API process exits non-zero at once, with a
// message naming the variable, before it opens a database or a port.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function start(env: Record<string, string>) {
  // Only PATH from this process: nothing of the test run's own environment leaks in.
  const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stderr: run.stderr };
}

// One process start (about 10 s under tsx on a busy machine); every refusal has its
// unit test in unit/config.test.ts, all through the same ConfigError.
describe('starting the API with a dangerous configuration', () => {
  it('exits 1 naming MIDTRANS_MODE when NODE_ENV=production does not say which Midtrans', () => {
    const { status, stderr } = start({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://127.0.0.1:9/never-reached' });
    expect(status).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    // (A developer's .env may set MIDTRANS_MODE=simulator: refused too, by the same variable.)
    expect(stderr).toMatch(/MIDTRANS_MODE: MIDTRANS_MODE (must be set when NODE_ENV=production|=simulator is for development)/);
  });
});
