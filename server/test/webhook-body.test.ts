// The webhook's hand-read body (http/webhook-body.ts) and helmet's headers set from one
// run (http/security.ts): the same bytes, limits, refusals and headers as the Express
// parser and helmet gave, on a bare Express app over real HTTP.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import { errorHandler } from '../src/http/http-errors.js';
import { securityHeaders } from '../src/http/security.js';
import { sendJson, WEBHOOK_BODY_LIMIT, webhookBody } from '../src/http/webhook-body.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const app = express();
  app.post('/echo', webhookBody, (req, res) => sendJson(res, 200, { body: req.body }));
  app.get('/ours', securityHeaders({ landingPage: false }), (_req, res) => sendJson(res, 200, {}));
  app.get('/helmet', helmet(), (_req, res) => sendJson(res, 200, {}));
  app.use(errorHandler(quiet));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

/** POSTs `chunks` one write at a time (chunked, no content-length unless given). */
function post(chunks: Buffer[], headers: Record<string, string> = {}): Promise<{ status: number; json: any; type?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/echo`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text), type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the webhook body', () => {
  it('is the exact text, also when a UTF-8 character is split between two packets', async () => {
    const bytes = Buffer.from('{"note":"Pembayaran lunas — terima kasih ✓"}', 'utf8');
    const cut = bytes.indexOf(Buffer.from('—', 'utf8')) + 1; // inside the dash's three bytes
    const answer = await post([bytes.subarray(0, cut), bytes.subarray(cut)], { 'content-type': 'application/json' });
    expect(answer).toEqual({ status: 200, json: { body: bytes.toString('utf8') }, type: 'application/json; charset=utf-8' });
  });

  it('reads whatever the content type says, as the gateways send it', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=UTF-8']) {
      expect((await post([Buffer.from('{"a":1}')], { 'content-type': type })).json).toEqual({ body: '{"a":1}' });
    }
  });

  it('decodes another charset as the Express parser did, and refuses one nobody knows with 415', async () => {
    const latin1 = await post([Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])], { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.json).toEqual({ body: '{"é"}' });
    const unknown = await post([Buffer.from('{}')], { 'content-type': 'application/json; charset=klingon' });
    expect([unknown.status, unknown.json.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('refuses a body over the limit with 413, announced or streamed', async () => {
    const big = Buffer.alloc(WEBHOOK_BODY_LIMIT + 1, 0x61);
    const announced = await post([big], { 'content-length': String(big.length) });
    expect([announced.status, announced.json]).toEqual([413, { error: 'body is too large', code: 'PAYLOAD_TOO_LARGE' }]);
    const streamed = await post([big.subarray(0, 40_000), big.subarray(40_000)]);
    expect([streamed.status, streamed.json.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    // Exactly at the limit is still read.
    const atLimit = await post([big.subarray(1)]);
    expect([atLimit.status, atLimit.json.body.length]).toEqual([200, WEBHOOK_BODY_LIMIT]);
  });
});

describe('security headers set from one run of helmet', () => {
  it("are helmet's own headers, the same as a per-request helmet() gives", async () => {
    const headersOf = async (path: string) => {
      const res = await fetch(base + path);
      await res.text();
      const kept = [...res.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name));
      return Object.fromEntries(kept);
    };
    const ours = await headersOf('/ours');
    expect(ours).toEqual(await headersOf('/helmet'));
    expect(ours['content-security-policy']).toContain("default-src 'self'");
    expect(ours['x-content-type-options']).toBe('nosniff');
  });
});
