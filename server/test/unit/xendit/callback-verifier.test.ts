import fc from 'fast-check';
import { XenditCallbackVerifier } from '../../../src/gateway/xendit/callback-verifier.js';
import { parseCallback } from '../../../src/gateway/xendit/wire.js';

const TOKEN = 'account-verification-token';
const verifier = new XenditCallbackVerifier(TOKEN);
const authentic = { 'x-callback-token': TOKEN, 'content-type': 'application/json' };
const invoice = {
  id: '65a1f0c2b3d4e5f60718293a',
  external_id: 'LNS-20261204-abc',
  status: 'PAID',
  amount: 150000,
  paid_amount: 150000,
  currency: 'IDR',
  payment_method: 'EWALLET',
  payment_channel: 'OVO',
};
const refund = {
  event: 'refund.succeeded',
  business_id: '5f7e6d5c4b3a291807f6e5d4',
  created: '2026-12-04T10:05:00.000Z',
  data: { id: 'rfd-1a2b', invoice_id: invoice.id, amount: 50000, status: 'SUCCEEDED', currency: 'IDR' },
};

describe('XenditCallbackVerifier', () => {
  it('turns an authentic invoice callback into a claim about the order', () => {
    expect(verifier.verify(authentic, JSON.stringify(invoice))).toEqual({
      verdict: 'valid',
      kind: 'invoice',
      invoiceId: invoice.id,
      orderId: invoice.external_id,
      status: 'PAID',
      claim: expect.objectContaining({ status: 'paid', grossAmount: 150000, transactionId: invoice.id, paymentType: 'EWALLET/OVO' }),
    });
  });

  it('turns an authentic refund callback into a claim about the refund', () => {
    expect(verifier.verify(authentic, JSON.stringify(refund))).toMatchObject({
      verdict: 'valid',
      kind: 'refund',
      invoiceId: invoice.id,
      refundId: 'rfd-1a2b',
      claim: { outcome: 'succeeded', amount: 50000 },
    });
  });

  it('refuses a missing or wrong token before anything else, keeping only ids for the log', () => {
    expect(verifier.verify({}, JSON.stringify(invoice))).toEqual({
      verdict: 'invalid_token',
      token: 'missing',
      invoiceId: invoice.id,
      orderId: invoice.external_id,
      status: 'PAID',
    });
    // A wrong token with a broken body is still a token failure: the body is not the sender's to explain.
    expect(verifier.verify({ 'x-callback-token': 'guess' }, 'not json')).toEqual({ verdict: 'invalid_token', token: 'invalid' });
  });

  it('names why an authentic body is refused', () => {
    expect(verifier.verify(authentic, JSON.stringify({ ...invoice, amount: '150000' }))).toMatchObject({
      verdict: 'malformed',
      reason: 'amount: expected number',
      invoiceId: invoice.id,
    });
  });

  it("answers another product's event as unsupported", () => {
    expect(verifier.verify(authentic, JSON.stringify({ ...refund, event: 'payment.succeeded' }))).toEqual({
      verdict: 'unsupported',
      event: 'payment.succeeded',
    });
  });
});

describe('never throwing, whatever arrives (property)', () => {
  const bounded = (reason: string) => reason.length < 400;

  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (raw) => {
        const parsed = parseCallback(raw);
        return parsed.ok || bounded(parsed.reason);
      }),
      { numRuns: 500 },
    );
  });

  it('any JSON value, and the invoice with any field replaced by any JSON value', () => {
    const fields = Object.keys(invoice);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...fields), (value, field) => {
        for (const raw of [
          JSON.stringify(value),
          JSON.stringify({ ...invoice, [field]: value }),
          JSON.stringify({ ...refund, data: { ...refund.data, [field]: value } }),
        ]) {
          const verdict = verifier.verify(authentic, raw);
          if (verdict.verdict === 'malformed' && !bounded(verdict.reason)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
