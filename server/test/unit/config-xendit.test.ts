import { ConfigError, loadConfig } from '../../src/config.js';
import { XENDIT_SIMULATOR_CREDENTIALS } from '../../src/gateway/xendit/mode.js';

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
};

/** A production deploy's Midtrans half, so only the Xendit half is judged. */
const midtrans = {
  MIDTRANS_MODE: 'production',
  MIDTRANS_SERVER_KEY: 'Mid-server-abc123cde456',
  MIDTRANS_CLIENT_KEY: 'Mid-client-abc123cde456',
};
const live = { XENDIT_MODE: 'live', XENDIT_SECRET_KEY: 'xnd_production_abc123def456', XENDIT_CALLBACK_TOKEN: 'account-token-abc123' };
const test = { XENDIT_MODE: 'test', XENDIT_SECRET_KEY: 'xnd_development_abc123def456', XENDIT_CALLBACK_TOKEN: 'account-token-abc123' };
const production = { NODE_ENV: 'production', PAYMENT_GATEWAYS: 'xendit,midtrans', ...midtrans };

describe('PAYMENT_GATEWAYS', () => {
  it.each`
    value                   | gateways
    ${undefined}            | ${['midtrans']}
    ${'midtrans'}           | ${['midtrans']}
    ${'xendit'}             | ${['xendit']}
    ${'xendit,midtrans'}    | ${['xendit', 'midtrans']}
    ${' midtrans , xendit'} | ${['midtrans', 'xendit']}
  `('$value → $gateways (the default first)', ({ value, gateways }) => {
    expect(loadConfig(value === undefined ? {} : { PAYMENT_GATEWAYS: value }).gateways).toEqual(gateways);
  });

  it('asks a production shop on Xendit alone for no Midtrans settings, and one with both for both', () => {
    expect(loadConfig({ NODE_ENV: 'production', PAYMENT_GATEWAYS: 'xendit', ...live }).gateways).toEqual(['xendit']);
    expect(refusal({ NODE_ENV: 'production', PAYMENT_GATEWAYS: 'xendit,midtrans', ...live })).toContain('MIDTRANS_MODE');
  });

  it.each(['paypal', 'midtrans,paypal', 'midtrans,midtrans', 'midtrans,', 'Midtrans', ','])('refuses %j, naming the variable', (value) => {
    expect(refusal({ PAYMENT_GATEWAYS: value })).toContain('PAYMENT_GATEWAYS: PAYMENT_GATEWAYS must be a comma list of midtrans, xendit');
  });
});

describe('Xendit settings', () => {
  it('runs on the simulator and its published credentials by default', () => {
    expect(loadConfig({}).xendit).toEqual({
      mode: 'simulator',
      secretKey: XENDIT_SIMULATOR_CREDENTIALS.secretKey,
      callbackToken: XENDIT_SIMULATOR_CREDENTIALS.callbackToken,
      simulatorUrl: 'http://127.0.0.1:4100/xendit',
      requestTimeoutMs: 10000,
      statusTimeoutMs: 3000,
    });
  });

  it('takes a test-mode account as given', () => {
    const config = loadConfig({ PAYMENT_GATEWAYS: 'xendit', ...test, XENDIT_SIMULATOR_URL: 'http://sim:4100/xendit/' });
    expect(config.xendit).toMatchObject({
      mode: 'test',
      secretKey: test.XENDIT_SECRET_KEY,
      callbackToken: 'account-token-abc123',
      simulatorUrl: 'http://sim:4100/xendit',
    });
  });

  it('keeps the status timeout well within the 30 s Xendit waits for an answer', () => {
    expect(refusal({ XENDIT_STATUS_TIMEOUT_MS: '20000' })).toContain('XENDIT_STATUS_TIMEOUT_MS must be at most 10000');
    expect(refusal({ XENDIT_MODE: 'sandbox' })).toContain('XENDIT_MODE must be simulator, test or live');
  });

  it('needs a key and a token outside simulator mode, naming each', () => {
    const message = refusal({ PAYMENT_GATEWAYS: 'xendit', XENDIT_MODE: 'test' });
    expect(message).toContain('XENDIT_SECRET_KEY: XENDIT_SECRET_KEY is required when XENDIT_MODE=test');
    expect(message).toContain('XENDIT_CALLBACK_TOKEN: XENDIT_CALLBACK_TOKEN is required when XENDIT_MODE=test');
  });

  it('judges nothing of Xendit when it is not enabled', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', ...midtrans, XENDIT_MODE: 'live', XENDIT_SECRET_KEY: 'xnd_development_x' }).gateways,
    ).toEqual(['midtrans']);
  });
});

describe('Xendit production guardrails (issue 18, item 2)', () => {
  it('starts a well-configured live deploy, and a test-mode one', () => {
    expect(loadConfig({ ...production, ...live }).xendit.mode).toBe('live');
    expect(loadConfig({ ...production, ...test }).xendit.mode).toBe('test');
  });

  it.each`
    env                                                                               | variable                   | message
    ${{}}                                                                             | ${'XENDIT_MODE'}           | ${'XENDIT_MODE must be set when NODE_ENV=production and PAYMENT_GATEWAYS includes xendit'}
    ${{ XENDIT_MODE: 'simulator' }}                                                   | ${'XENDIT_MODE'}           | ${'XENDIT_MODE=simulator is for development'}
    ${{ ...live, XENDIT_SECRET_KEY: 'xnd_development_abc123def456' }}                 | ${'XENDIT_SECRET_KEY'}     | ${'XENDIT_SECRET_KEY is a test key (xnd_development_…) but XENDIT_MODE=live'}
    ${{ ...test, XENDIT_SECRET_KEY: 'xnd_production_abc123def456' }}                  | ${'XENDIT_SECRET_KEY'}     | ${'XENDIT_SECRET_KEY is a live key (xnd_production_…) but XENDIT_MODE=test'}
    ${{ ...live, XENDIT_SECRET_KEY: 'sk_live_abc123' }}                               | ${'XENDIT_SECRET_KEY'}     | ${'XENDIT_SECRET_KEY must be a Xendit secret key'}
    ${{ ...test, XENDIT_SECRET_KEY: XENDIT_SIMULATOR_CREDENTIALS.secretKey }}         | ${'XENDIT_SECRET_KEY'}     | ${"XENDIT_SECRET_KEY is the simulator's published key"}
    ${{ ...live, XENDIT_CALLBACK_TOKEN: XENDIT_SIMULATOR_CREDENTIALS.callbackToken }} | ${'XENDIT_CALLBACK_TOKEN'} | ${"XENDIT_CALLBACK_TOKEN is the simulator's published token"}
    ${{ ...test, XENDIT_CALLBACK_TOKEN: XENDIT_SIMULATOR_CREDENTIALS.callbackToken }} | ${'XENDIT_CALLBACK_TOKEN'} | ${"XENDIT_CALLBACK_TOKEN is the simulator's published token"}
  `('stops at start naming $variable: $message', ({ env, variable, message }) => {
    expect(refusal({ ...production, ...env })).toContain(`${variable}: ${message}`);
  });

  it("refuses the simulator's published key outside simulator mode even without NODE_ENV=production", () => {
    expect(refusal({ PAYMENT_GATEWAYS: 'xendit', ...test, XENDIT_SECRET_KEY: XENDIT_SIMULATOR_CREDENTIALS.secretKey })).toContain(
      "XENDIT_SECRET_KEY is the simulator's published key",
    );
  });

  it('never puts a key or token into its messages', () => {
    const message = refusal({ ...production, ...live, XENDIT_SECRET_KEY: 'xnd_development_do_not_print_me' });
    expect(message).not.toContain('do_not_print_me');
    expect(message).not.toContain('account-token-abc123');
  });
});
