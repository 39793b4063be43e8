// The pino logger behind the Logger port: JSON lines with level and message, levels
// honoured, and secrets never written, wherever they sit in a line's context.
import { Writable } from 'node:stream';
import { createLogger, REDACTED, type LogLevel } from '../../src/logger.js';

function capture(level: LogLevel = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

describe('createLogger', () => {
  it('writes one JSON line per call with time, level, message and the context', () => {
    const { logger, lines } = capture();
    logger.info('order paid', { orderId: 'LNS-1', grossAmount: 150000 });
    expect(lines).toEqual([{ time: expect.any(String), level: 'info', message: 'order paid', orderId: 'LNS-1', grossAmount: 150000 }]);
  });

  it('drops lines below its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((line) => line.level)).toEqual(['warn', 'error']);
  });

  it.each([
    ['serverKey', { serverKey: 'SB-Mid-server-abc' }],
    ['server_key', { midtrans: { server_key: 'SB-Mid-server-abc' } }],
    ['Authorization header', { headers: { Authorization: 'Basic U0ItTWlkLXNlcnZlci1hYmM6' } }],
    ['accessToken', { order: { accessToken: 'tok-123' } }],
    ['access_token', { query: { access_token: 'tok-123' } }],
    ['signature_key', { body: { signature_key: 'f00d' } }],
    ['password', { operator: { email: 'ops@lunas.id', password: 'hunter2hunter2' } }],
    ['cookie', { headers: { cookie: 'lunas_session=s3cr3t' } }],
    ['set-cookie', { headers: { 'set-cookie': ['lunas_session=s3cr3t'] } }],
    ['in an array', { deliveries: [{ signature_key: 'f00d' }] }],
    ['secretKey', { xendit: { secretKey: 'tok-123' } }],
    ['callbackToken', { xendit: { callbackToken: 'tok-123' } }],
    ['x-callback-token header', { headers: { 'x-callback-token': 'tok-123' } }],
  ])('redacts %s at any depth', (_name, context) => {
    const { logger, lines } = capture();
    logger.warn('something', context);
    const written = JSON.stringify(lines[0]);
    for (const secret of ['SB-Mid-server-abc', 'U0ItTWlkLXNlcnZlci1hYmM6', 'tok-123', 'f00d', 'hunter2hunter2', 's3cr3t']) {
      expect(written).not.toContain(secret);
    }
    expect(written).toContain(REDACTED);
  });

  it('redacts tokens inside strings (a logged URL, a Basic credential) and keeps the rest', () => {
    const { logger, lines } = capture();
    logger.error('redirect https://shop.example/payment/finish?order_id=LNS-1&access_token=tok-123 failed', {
      url: '/payment/finish?order_id=LNS-1&access_token=tok-123',
      error: 'request failed with Authorization: Basic U0ItTWlkLXNlcnZlci1hYmM6',
    });
    const written = JSON.stringify(lines[0]);
    expect(written).not.toContain('tok-123');
    expect(written).not.toContain('U0ItTWlkLXNlcnZlci1hYmM6');
    expect(written).toContain('order_id=LNS-1');
  });

  it('child loggers add their bindings to every line', () => {
    const { logger, lines } = capture();
    logger.child({ requestId: 'req-1' }).info('handled', { status: 200 });
    expect(lines[0]).toMatchObject({ requestId: 'req-1', message: 'handled', status: 200 });
  });
});
