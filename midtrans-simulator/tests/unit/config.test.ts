import { ConfigError, loadConfig } from '../../src/config.js';
import { DEFAULT_CLIENT_KEY, DEFAULT_SERVER_KEY } from '../../src/defaults.js';

describe('CLI config (env)', () => {
  it('falls back to the documented local defaults', () => {
    expect(loadConfig({})).toEqual({
      serverKey: DEFAULT_SERVER_KEY,
      clientKey: DEFAULT_CLIENT_KEY,
      port: 4100,
      host: '127.0.0.1',
      notificationUrl: 'http://127.0.0.1:4000/api/payments/notification',
      retryTimeScale: 1,
      publicUrl: undefined,
      merchantId: 'G000000001',
      quiet: false,
      simulatorUrl: 'http://127.0.0.1:4100',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      MIDTRANS_SERVER_KEY: 'SB-Mid-server-x',
      MIDTRANS_CLIENT_KEY: 'SB-Mid-client-x',
      SIMULATOR_PORT: '4200',
      MIDTRANS_NOTIFICATION_URL: '',
      SIMULATOR_RETRY_TIME_SCALE: '0.001',
      SIMULATOR_PUBLIC_URL: 'https://sim.example',
      SIMULATOR_QUIET: '1',
    });
    expect(config).toMatchObject({
      serverKey: 'SB-Mid-server-x',
      clientKey: 'SB-Mid-client-x',
      port: 4200,
      notificationUrl: '',
      retryTimeScale: 0.001,
      publicUrl: 'https://sim.example',
      quiet: true,
      simulatorUrl: 'http://127.0.0.1:4200',
    });
  });

  it('says clearly what is wrong', () => {
    expect(() => loadConfig({ SIMULATOR_PORT: 'http' })).toThrow(new ConfigError('SIMULATOR_PORT must be a port number (got "http")'));
    expect(() => loadConfig({ SIMULATOR_RETRY_TIME_SCALE: '-1' })).toThrow(ConfigError);
  });
});
