// `npm start` as a developer runs it (the real launcher, Vite's dev server), and the
// operator desk opened at exactly the address it prints. The shop and the API must be one
// site there, or the browser drops the desk's SameSite=Strict cookie and nobody can sign
// in. The same desk opened under the other spelling of the host (127.0.0.1 for localhost)
// is another site: the desk must say that the cookie was refused, not "session ended".
// Every port is a free one and the database is the test's own, so a developer's running
// stack and data are untouched.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { freePort, startFerretDB } from '@lunas/dev-services';
import { chromium, type Browser } from 'playwright-core';
import { launchBrowser, newShopper, screenshot, type Shopper } from '../helpers/browser.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const OPERATOR = { email: 'pemilik@toko.example', password: 'kata sandi yang panjang sekali' };

let db: Awaited<ReturnType<typeof startFerretDB>>;
let dataDir: string;
let npm: ChildProcess;
let output = '';
let deskUrl: string;
let browser: Browser;
const people: Shopper[] = [];

before(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-e2e-start-'));
  // Settled one by one: if the browser cannot start, the database that did is still stopped by after().
  const [started, launched] = await Promise.allSettled([startFerretDB({ port: 0, dataDir, quiet: true }), launchBrowser()]);
  if (started.status === 'fulfilled') db = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(await freePort()),
    SIMULATOR_PORT: String(await freePort()),
    SHOP_PORT: String(await freePort()),
    MONGODB_URI: `${db.uri}lunas`,
    ADMIN_EMAIL: OPERATOR.email,
    ADMIN_PASSWORD: OPERATOR.password,
  };
  delete env.LUNAS_HOST; // the default host, as `npm start` prints it
  npm = spawn('npm', ['start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; !/Lunas is running/.test(output); waited += 200) {
    assert.ok(npm.exitCode === null && waited < 240_000, `npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  deskUrl = /Operator desk\s+(\S+)/.exec(output)?.[1] ?? '';
  assert.match(deskUrl, /^http:\/\/localhost:\d+\/admin$/, output);
});

after(async () => {
  await Promise.all(people.map((p) => p.context.close()));
  await browser?.close();
  if (npm?.exitCode === null) {
    // Ctrl+C as a developer gives it; the launcher stops the whole stack.
    const exited = new Promise((resolve) => npm.once('exit', resolve));
    npm.kill('SIGINT');
    await exited;
  }
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(url: string) {
  const operator = await newShopper(browser);
  people.push(operator);
  const { page } = operator;
  // Vite's dev server compiles the desk on its first visit.
  await page.goto(url, { timeout: 90_000 });
  await page.getByRole('heading', { name: 'Masuk operator' }).waitFor({ timeout: 90_000 });
  assert.equal(await page.getByRole('alert').count(), 0, 'a first visit is asked to sign in, not told a session ended');
  await page.getByLabel('Email').fill(OPERATOR.email);
  await page.getByLabel('Kata sandi').fill(OPERATOR.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  return operator;
}

describe('npm start', () => {
  test('the desk at exactly the printed address signs in and stays signed in', async () => {
    const { page, errors } = await signIn(deskUrl);
    await page.getByRole('heading', { name: 'Pesanan', level: 1 }).waitFor();
    await page.getByText(`Masuk sebagai ${OPERATOR.email}`).waitFor();
    const cookies = await page.context().cookies();
    assert.ok(
      cookies.some((cookie) => cookie.name === 'lunas_operator' && cookie.domain === 'localhost'),
      'the browser kept the session cookie',
    );
    await page.reload();
    await page.getByText(`Masuk sebagai ${OPERATOR.email}`).waitFor();
    await screenshot(page, 'npm-start-desk');
    assert.deepEqual(errors, [], 'no console errors');
  });

  test('the desk under another spelling of the host says the cookie was refused', async () => {
    const { page } = await signIn(deskUrl.replace('//localhost:', '//127.0.0.1:'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /menolak cookie sesi/);
    assert.doesNotMatch((await alert.textContent()) ?? '', /Sesi Anda berakhir/);
    assert.match(page.url(), /\/admin\/sign-in/);
  });
});

describe('npm start with LUNAS_HOST', () => {
  test('prints and wires both the shop and the API under that one name, and the desk signs in there', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(await freePort()),
      SIMULATOR_PORT: String(await freePort()),
      SHOP_PORT: String(await freePort()),
      MONGODB_URI: `${db.uri}lunas`,
      LUNAS_HOST: 'lunas.test',
    };
    const second = spawn('npm', ['start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let printed = '';
    second.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    second.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    // A name this machine does not resolve: Chromium maps it to the loopback, as an
    // /etc/hosts line would.
    const mapped = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP lunas.test 127.0.0.1'],
    });
    try {
      for (let waited = 0; !/Lunas is running/.test(printed); waited += 200) {
        assert.ok(second.exitCode === null && waited < 240_000, `npm start did not come up:\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const desk = /Operator desk\s+(\S+)/.exec(printed)?.[1] ?? '';
      assert.match(desk, /^http:\/\/lunas\.test:\d+\/admin$/, printed);
      assert.match(printed, /GraphQL \+ Sandbox\s+http:\/\/lunas\.test:\d+\/graphql/);
      const context = await mapped.newContext({ locale: 'id-ID' });
      await context.route('**/*', (route) => {
        const { hostname } = new URL(route.request().url());
        return ['lunas.test', '127.0.0.1', 'localhost'].includes(hostname) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      await page.goto(desk, { timeout: 90_000 });
      await page.getByLabel('Email').fill(OPERATOR.email, { timeout: 90_000 });
      await page.getByLabel('Kata sandi').fill(OPERATOR.password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByText(`Masuk sebagai ${OPERATOR.email}`).waitFor({ timeout: 30_000 });
      assert.ok((await context.cookies()).some((cookie) => cookie.name === 'lunas_operator' && cookie.domain === 'lunas.test'));
    } finally {
      await mapped.close();
      const exited = new Promise((resolve) => second.once('exit', resolve));
      second.kill('SIGINT');
      await exited;
    }
  });
});
