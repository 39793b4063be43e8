import { ConfigError, loadConfig } from '../../src/config.js';
import { DEFAULT_CLIENT_KEY, DEFAULT_SERVER_KEY } from '../../src/midtrans/defaults.js';
import { XENDIT_SIMULATOR_DEFAULTS } from '../../src/xendit/defaults.js';

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
      xendit: {
        secretKey: XENDIT_SIMULATOR_DEFAULTS.secretKey,
        callbackToken: 'lunas-simulator-callback-token',
        callbackUrl: 'http://127.0.0.1:4000/api/payments/xendit/notification',
        notifyExpired: true,
      },
    });
    expect(XENDIT_SIMULATOR_DEFAULTS.secretKey).toBe('xnd_development_lunas_simulator_key_0000000000000000');
  });

  it('reads the Xendit variables', () => {
    expect(
      loadConfig({
        XENDIT_SECRET_KEY: 'xnd_development_other',
        XENDIT_CALLBACK_TOKEN: 'tok',
        XENDIT_CALLBACK_URL: 'http://127.0.0.1:9/cb',
        XENDIT_NOTIFY_EXPIRED: 'false',
      }).xendit,
    ).toEqual({ secretKey: 'xnd_development_other', callbackToken: 'tok', callbackUrl: 'http://127.0.0.1:9/cb', notifyExpired: false });
    expect(() => loadConfig({ XENDIT_NOTIFY_EXPIRED: 'maybe' })).toThrow(
      new ConfigError('XENDIT_NOTIFY_EXPIRED must be true or false (got "maybe")'),
    );
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
