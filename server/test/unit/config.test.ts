import { ConfigError, loadConfig, SIMULATOR_CLIENT_KEY, SIMULATOR_SERVER_KEY } from '../../src/config.js';

describe('loadConfig', () => {
  it('runs on defaults in simulator mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      publicAppUrl: 'http://localhost:5173',
      corsOrigins: ['http://localhost:5173'],
      midtrans: { mode: 'simulator', serverKey: SIMULATOR_SERVER_KEY, simulatorUrl: 'http://127.0.0.1:4100' },
    });
    expect(config.mongodbUri).toBeUndefined();
  });

  it('requires real keys outside simulator mode, naming each', () => {
    expect(() => loadConfig({ MIDTRANS_MODE: 'sandbox' })).toThrow(/MIDTRANS_SERVER_KEY is required[\s\S]*MIDTRANS_CLIENT_KEY is required/);
  });

  it('names every bad value at once', () => {
    let message = '';
    try {
      loadConfig({ MIDTRANS_MODE: 'live', PORT: 'eighty', MONGODB_URI: 'postgres://x', PUBLIC_APP_URL: 'not a url' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    for (const name of ['MIDTRANS_MODE', 'PORT', 'MONGODB_URI', 'PUBLIC_APP_URL']) expect(message).toContain(name);
  });

  it('treats blank values as unset and takes sandbox keys as given', () => {
    const config = loadConfig({
      MIDTRANS_MODE: 'sandbox',
      MIDTRANS_SERVER_KEY: 'SB-Mid-server-abc',
      MIDTRANS_CLIENT_KEY: 'SB-Mid-client-abc',
      MONGODB_URI: ' ',
    });
    expect(config.midtrans).toMatchObject({ mode: 'sandbox', serverKey: 'SB-Mid-server-abc', clientKey: 'SB-Mid-client-abc' });
    expect(config.mongodbUri).toBeUndefined();
  });
});

describe('production guardrails', () => {
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error(`expected ${JSON.stringify(env)} to be refused`);
  };
  const realSandbox = { MIDTRANS_SERVER_KEY: 'SB-Mid-server-abc123cde456', MIDTRANS_CLIENT_KEY: 'SB-Mid-client-abc123cde456' };
  const realProduction = { MIDTRANS_SERVER_KEY: 'Mid-server-abc123cde456', MIDTRANS_CLIENT_KEY: 'Mid-client-abc123cde456' };

  it('requires MIDTRANS_MODE when NODE_ENV=production, but defaults to the simulator in development', () => {
    expect(refusal({ NODE_ENV: 'production', ...realProduction })).toMatch(
      /MIDTRANS_MODE: MIDTRANS_MODE must be set when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: 'development' }).midtrans.mode).toBe('simulator');
  });

  it('refuses the simulator under NODE_ENV=production', () => {
    expect(refusal({ NODE_ENV: 'production', MIDTRANS_MODE: 'simulator' })).toMatch(
      /MIDTRANS_MODE: MIDTRANS_MODE=simulator is for development/,
    );
  });

  it.each(['MIDTRANS_SERVER_KEY', 'MIDTRANS_CLIENT_KEY'] as const)('production mode refuses a sandbox %s', (key) => {
    const message = refusal({ MIDTRANS_MODE: 'production', ...realProduction, [key]: realSandbox[key] });
    expect(message).toContain(`${key}: ${key} is a sandbox key (SB-…) but MIDTRANS_MODE=production`);
  });

  it.each(['production', 'sandbox'])("%s mode refuses the simulator's published keys", (mode) => {
    const message = refusal({ MIDTRANS_MODE: mode, MIDTRANS_SERVER_KEY: SIMULATOR_SERVER_KEY, MIDTRANS_CLIENT_KEY: SIMULATOR_CLIENT_KEY });
    expect(message).toContain("MIDTRANS_SERVER_KEY: MIDTRANS_SERVER_KEY is the simulator's published key");
    expect(message).toContain("MIDTRANS_CLIENT_KEY: MIDTRANS_CLIENT_KEY is the simulator's published key");
  });

  it('sandbox mode refuses production keys', () => {
    const message = refusal({ MIDTRANS_MODE: 'sandbox', ...realProduction });
    expect(message).toContain('MIDTRANS_SERVER_KEY: MIDTRANS_SERVER_KEY looks like a production key (Mid-…) but MIDTRANS_MODE=sandbox');
    expect(message).toContain('MIDTRANS_CLIENT_KEY: MIDTRANS_CLIENT_KEY looks like a production key');
  });

  it('starts a well-configured production deploy, with introspection off unless asked for', () => {
    const config = loadConfig({ NODE_ENV: 'production', MIDTRANS_MODE: 'production', ...realProduction });
    expect(config).toMatchObject({ production: true, introspection: false, host: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: 'production', MIDTRANS_MODE: 'sandbox', ...realSandbox }).introspection).toBe(false);
    expect(loadConfig({ MIDTRANS_MODE: 'production', ...realProduction }).introspection).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', MIDTRANS_MODE: 'production', ...realProduction, GRAPHQL_INTROSPECTION: 'true' }).introspection,
    ).toBe(true);
    expect(loadConfig({}).introspection).toBe(true);
    expect(refusal({ GRAPHQL_INTROSPECTION: 'yes' })).toContain('GRAPHQL_INTROSPECTION must be true or false');
  });

  it('binds 127.0.0.1 unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('trusts no proxy unless TRUST_PROXY says so, in the forms Express takes', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(refusal({ TRUST_PROXY: 'a;b' })).toContain('TRUST_PROXY must be');
  });
});

describe('abuse limits', () => {
  it('has defaults and reads "points/window" values', () => {
    const config = loadConfig({ RATE_LIMIT_CREATE_PAYMENT: '5/30s', RATE_LIMIT_WEBHOOK: '100/1h', WS_MAX_SOCKETS_PER_IP: '3' });
    expect(config.rateLimits).toEqual({
      createPayment: { points: 5, durationSeconds: 30 },
      orderLookupFailures: { points: 30, durationSeconds: 600 },
      webhook: { points: 100, durationSeconds: 3600 },
      webhookFailures: { points: 60, durationSeconds: 600 },
    });
    expect(config.webSocket).toEqual({ maxSocketsPerIp: 3, maxSubscriptionsPerSocket: 10 });
  });

  it('names a malformed limit', () => {
    expect(() => loadConfig({ RATE_LIMIT_ORDER_LOOKUP_FAILURES: '30 per minute', WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '0' })).toThrow(
      /RATE_LIMIT_ORDER_LOOKUP_FAILURES must look like 60\/10m[\s\S]*WS_MAX_SUBSCRIPTIONS_PER_SOCKET must be at least 1/,
    );
  });

  it('holds an unpaid checkout 30 minutes and caps a line at 10 unless told, and names a bad value', () => {
    expect(loadConfig({}).checkout).toEqual({ holdMinutes: 30, maxQuantityPerItem: 10 });
    expect(loadConfig({ CHECKOUT_HOLD_MINUTES: '15', MAX_QUANTITY_PER_ITEM: '3' }).checkout).toEqual({
      holdMinutes: 15,
      maxQuantityPerItem: 3,
    });
    expect(() => loadConfig({ CHECKOUT_HOLD_MINUTES: '0', MAX_QUANTITY_PER_ITEM: 'ten' })).toThrow(
      /CHECKOUT_HOLD_MINUTES must be at least 1[\s\S]*MAX_QUANTITY_PER_ITEM/,
    );
    expect(() => loadConfig({ CHECKOUT_HOLD_MINUTES: String(60 * 24 * 8) })).toThrow(/CHECKOUT_HOLD_MINUTES must be at most a week/);
  });
});
