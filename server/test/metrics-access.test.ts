// Who may scrape GET /metrics without METRICS_TOKEN: loopback clients of a bare API only.
// Behind a reverse proxy on the same host (TRUST_PROXY) every visitor's socket is the
// proxy's 127.0.0.1, and in production a forgotten token must not publish the numbers.
import { loadConfig } from '../src/config.js';
import { startTestStack, type TestStack } from './support/test-stack.js';

const scrape = (stack: TestStack) => fetch(`${stack.url}/metrics`).then(async (r) => ({ status: r.status, body: await r.text() }));

describe('GET /metrics without METRICS_TOKEN', () => {
  it('answers a loopback client of an API with no proxy in front', async () => {
    const stack = await startTestStack();
    try {
      expect((await scrape(stack)).status).toBe(200);
    } finally {
      await stack.stop();
    }
  });

  it('wants a token behind a proxy (TRUST_PROXY), even from 127.0.0.1, and says which variable', async () => {
    const stack = await startTestStack({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const { status, body } = await scrape(stack);
      expect(status).toBe(401);
      expect(JSON.parse(body)).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/set METRICS_TOKEN/) } });
    } finally {
      await stack.stop();
    }
  });

  it('wants a token in production and behind any proxy setting but false', () => {
    const production = {
      NODE_ENV: 'production',
      MIDTRANS_MODE: 'sandbox',
      MIDTRANS_SERVER_KEY: 'SB-Mid-server-abcdefghijklmnop',
      MIDTRANS_CLIENT_KEY: 'SB-Mid-client-abcdefghijklmnop',
      MONGODB_URI: 'mongodb://db:27017/',
    };
    expect(loadConfig(production).metricsFromLoopbackWithoutToken).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).metricsFromLoopbackWithoutToken).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).metricsFromLoopbackWithoutToken).toBe(true);
    expect(loadConfig({}).metricsFromLoopbackWithoutToken).toBe(true);
  });
});
