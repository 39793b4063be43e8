import { midtransSignature, signatureMatches } from '../../src/gateway/midtrans/signature.js';

// The test vector of docs/midtrans.md §10, computed from the docs' example inputs.
const VECTOR = {
  order_id: '1111',
  status_code: '200',
  gross_amount: '100000.00',
  serverKey: 'askvnoibnosifnboseofinbofinfgbiufglnbfg',
  signature:
    'edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231',
};

describe('Midtrans signature_key', () => {
  it('matches the reference test vector', () => {
    expect(midtransSignature(VECTOR.order_id, VECTOR.status_code, VECTOR.gross_amount, VECTOR.serverKey)).toBe(VECTOR.signature);
    expect(signatureMatches({ ...VECTOR, signature_key: VECTOR.signature }, VECTOR.serverKey)).toBe(true);
  });

  it('accepts upper-case hex of the same digest', () => {
    expect(signatureMatches({ ...VECTOR, signature_key: VECTOR.signature.toUpperCase() }, VECTOR.serverKey)).toBe(true);
  });

  it.each([
    ['order_id', { order_id: '1112' }],
    ['status_code', { status_code: '201' }],
    ['gross_amount without decimals', { gross_amount: '100000' }],
    ['gross_amount', { gross_amount: '100001.00' }],
  ])('rejects a changed %s', (_name, change) => {
    expect(signatureMatches({ ...VECTOR, ...change, signature_key: VECTOR.signature }, VECTOR.serverKey)).toBe(false);
  });

  it('rejects another server key, a truncated and an empty signature', () => {
    expect(signatureMatches({ ...VECTOR, signature_key: VECTOR.signature }, VECTOR.serverKey + 'x')).toBe(false);
    expect(signatureMatches({ ...VECTOR, signature_key: VECTOR.signature.slice(0, 127) }, VECTOR.serverKey)).toBe(false);
    expect(signatureMatches({ ...VECTOR, signature_key: '' }, VECTOR.serverKey)).toBe(false);
  });
});
