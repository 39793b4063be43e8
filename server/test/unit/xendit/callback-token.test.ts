import { checkCallbackToken } from '../../../src/gateway/xendit/callback-token.js';

const TOKEN = 'dashboard-verification-token-123';

describe('x-callback-token', () => {
  it.each`
    header                 | verdict      | why
    ${TOKEN}               | ${'valid'}   | ${'the dashboard token, exactly'}
    ${undefined}           | ${'missing'} | ${'no header'}
    ${''}                  | ${'missing'} | ${'an empty header'}
    ${TOKEN.slice(0, -1)}  | ${'invalid'} | ${'a prefix of the token'}
    ${`${TOKEN}x`}         | ${'invalid'} | ${'the token and more'}
    ${TOKEN.toUpperCase()} | ${'invalid'} | ${'compared case-sensitively, as a plain string'}
    ${` ${TOKEN}`}         | ${'invalid'} | ${'not trimmed: Xendit sends it as is'}
    ${`${TOKEN}\u200b`}    | ${'invalid'} | ${'an invisible character after it'}
    ${'x'.repeat(100_000)} | ${'invalid'} | ${'a huge header'}
    ${[TOKEN, TOKEN]}      | ${'invalid'} | ${'the header twice'}
  `('$why → $verdict', ({ header, verdict }) => {
    expect(checkCallbackToken({ 'x-callback-token': header }, TOKEN)).toBe(verdict);
  });

  it('reads only the lower-case header name Node gives', () => {
    expect(checkCallbackToken({ 'X-Callback-Token': TOKEN }, TOKEN)).toBe('missing');
  });
});
