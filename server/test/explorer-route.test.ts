// GET /explorer and the /graphql landing page's link to it: served when EXPLORER_ENABLED
// (the default outside production), absent otherwise; the loopback same-origin rule that
// lets the explorer's subscriptions through the WebSocket Origin check.
import type { IncomingMessage } from 'node:http';
import { isBuilt } from '@lunas/explorer';
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
