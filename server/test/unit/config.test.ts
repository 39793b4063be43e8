import { ConfigError, loadConfig, SIMULATOR_SERVER_KEY } from '../../src/config.js';

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
    const config = loadConfig({ MIDTRANS_MODE: 'sandbox', MIDTRANS_SERVER_KEY: 'SB-Mid-server-abc', MIDTRANS_CLIENT_KEY: 'SB-Mid-client-abc', MONGODB_URI: ' ' });
    expect(config.midtrans).toMatchObject({ mode: 'sandbox', serverKey: 'SB-Mid-server-abc', clientKey: 'SB-Mid-client-abc' });
    expect(config.mongodbUri).toBeUndefined();
  });
});
