// GET /explorer and the /graphql landing page's link to it: served when EXPLORER_ENABLED
// (the default outside production), absent otherwise; the loopback same-origin rule that
// lets the explorer's subscriptions through the WebSocket Origin check.
import type { IncomingMessage } from 'node:http';
import { isBuilt } from '@lunas/explorer';
import { loadConfig } from '../src/config.js';
import { isLocalSameOrigin } from '../src/http/explorer-router.js';
import { startTestStack, type TestStack } from './support/test-stack.js';

const html = { accept: 'text/html' };

describe('/explorer enabled', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { EXPLORER_ENABLED: 'true' } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('serves GraphiQL when built, else 404 JSON naming the build command', async () => {
    const res = await fetch(`${stack.url}/explorer`, { headers: html });
    if (isBuilt()) {
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    } else {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({
        error: 'explorer not built',
        hint: expect.stringContaining('npm run build -w @lunas/explorer'),
      });
    }
  });

  it('links to it from the Apollo Sandbox landing page', async () => {
    const res = await fetch(`${stack.url}/graphql`, { headers: html });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('href="/explorer"');
  });
});

describe('/explorer disabled (EXPLORER_ENABLED=false)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { EXPLORER_ENABLED: 'false' } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('is not served and not linked', async () => {
    const res = await fetch(`${stack.url}/explorer`, { headers: html });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: expect.not.stringContaining('explorer') });
    expect(await (await fetch(`${stack.url}/graphql`, { headers: html })).text()).not.toContain('href="/explorer"');
  });
});

describe('isLocalSameOrigin', () => {
  const request = (host: string) => ({ headers: { host } }) as IncomingMessage;
  it.each([
    ['http://127.0.0.1:4000', '127.0.0.1:4000', true],
    ['http://localhost:4000', 'localhost:4000', true],
    ['http://[::1]:4000', '[::1]:4000', true],
    ['http://localhost:5173', 'localhost:4000', false], // another local origin (the shop goes through CORS_ORIGINS)
    ['http://evil.example:4000', 'evil.example:4000', false], // DNS rebinding: same-origin, but not loopback
    ['http://127.0.0.1:4000', 'api.lunas.id', false],
  ])('origin %s with Host %s → %s', (origin, host, allowed) => {
    expect(isLocalSameOrigin(origin, request(host))).toBe(allowed);
  });
});

describe('EXPLORER_ENABLED and LOG_LEVEL (config.ts)', () => {
  const production = {
    NODE_ENV: 'production',
    MIDTRANS_MODE: 'sandbox',
    MIDTRANS_SERVER_KEY: 'SB-Mid-server-abcdef',
    MIDTRANS_CLIENT_KEY: 'SB-Mid-client-abcdef',
    MONGODB_URI: 'mongodb://db/lunas',
  };
  it('is on by default, off by default in production, and either way when told', () => {
    expect(loadConfig({}).explorerEnabled).toBe(true);
    expect(loadConfig(production).explorerEnabled).toBe(false);
    expect(loadConfig({ ...production, EXPLORER_ENABLED: 'true' }).explorerEnabled).toBe(true);
    expect(loadConfig({ EXPLORER_ENABLED: 'false' }).explorerEnabled).toBe(false);
    expect(() => loadConfig({ EXPLORER_ENABLED: 'yes' })).toThrow(/EXPLORER_ENABLED must be true or false/);
  });
  it('LOG_LEVEL defaults to info and names the allowed levels when wrong', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of debug, info, warn, error, silent/);
  });
});
