import { signatureKey, verifySignature } from '../../src/midtrans/rules/signature.js';

// docs/midtrans.md §10 test vector, plus negative controls: each of the four inputs matters.
const VECTOR = {
  orderId: '1111',
  statusCode: '200',
  grossAmount: '100000.00',
  serverKey: 'askvnoibnosifnboseofinbofinfgbiufglnbfg',
  expected:
    'edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231',
};

describe('signature_key', () => {
  it('matches the documented test vector (lowercase hex, 128 chars)', () => {
    const sig = signatureKey(VECTOR.orderId, VECTOR.statusCode, VECTOR.grossAmount, VECTOR.serverKey);
    expect(sig).toBe(VECTOR.expected);
    expect(sig).toMatch(/^[0-9a-f]{128}$/);
  });

  it.each([
    ['order_id', ['1112', '200', '100000.00', VECTOR.serverKey]],
    ['status_code', ['1111', '201', '100000.00', VECTOR.serverKey]],
    ['gross_amount', ['1111', '200', '100000', VECTOR.serverKey]],
    ['server_key', ['1111', '200', '100000.00', `${VECTOR.serverKey}x`]],
  ] as const)('changes when %s changes', (_name, [o, s, g, k]) => {
    expect(signatureKey(o, s, g, k)).not.toBe(VECTOR.expected);
  });

  it('verifies a payload only with its own fields and key', () => {
    const payload = { order_id: '1111', status_code: '200', gross_amount: '100000.00', signature_key: VECTOR.expected };
    expect(verifySignature(payload, VECTOR.serverKey)).toBe(true);
    expect(verifySignature({ ...payload, status_code: '201' }, VECTOR.serverKey)).toBe(false);
    expect(verifySignature(payload, 'other-key')).toBe(false);
    expect(verifySignature({ ...payload, signature_key: 'short' }, VECTOR.serverKey)).toBe(false);
  });
});
