import { XenditSdkError } from 'xendit-node';
import { toXenditError, XenditGatewayError } from '../../../src/gateway/xendit/error-mapping.js';

const sdk = (status: number, error_code?: string) =>
  new XenditSdkError(error_code ? { error_code, message: `${error_code} happened` } : 'Bad Gateway', status, 'status text');

describe("Xendit's error codes → refusal kinds (xendit-reference.md §2, §4)", () => {
  it.each`
    status | code                               | refusal              | kind              | why
    ${400} | ${'API_VALIDATION_ERROR'}          | ${'invalid_request'} | ${'rejected'}     | ${'our request is wrong: a bug, not retried'}
    ${400} | ${'EMAIL_FORMAT_ERROR'}            | ${'invalid_request'} | ${'rejected'}     | ${'the shopper email Xendit would not take'}
    ${400} | ${'MAXIMUM_TRANSFER_AMOUNT_ERROR'} | ${'invalid_request'} | ${'rejected'}     | ${'more than an invoice may ask'}
    ${400} | ${'NO_COLLECTION_METHODS_ERROR'}   | ${'misconfigured'}   | ${'rejected'}     | ${'no payment channel activated in the dashboard'}
    ${400} | ${'UNSUPPORTED_CURRENCY'}          | ${'misconfigured'}   | ${'rejected'}     | ${'the account cannot take IDR'}
    ${401} | ${'INVALID_API_KEY'}               | ${'misconfigured'}   | ${'rejected'}     | ${'wrong XENDIT_SECRET_KEY'}
    ${403} | ${'ACCESS_SUSPENDED'}              | ${'misconfigured'}   | ${'rejected'}     | ${'the account is suspended'}
    ${404} | ${'INVOICE_NOT_FOUND_ERROR'}       | ${'not_found'}       | ${'rejected'}     | ${'no such invoice'}
    ${404} | ${'DATA_NOT_FOUND'}                | ${'not_found'}       | ${'rejected'}     | ${'no such refund'}
    ${400} | ${'INELIGIBLE_TRANSACTION'}        | ${'not_allowed'}     | ${'rejected'}     | ${'this payment cannot be refunded'}
    ${400} | ${'REFUND_NOT_SUPPORTED'}          | ${'not_allowed'}     | ${'rejected'}     | ${'the channel has no refunds (many e-wallets)'}
    ${400} | ${'PARTIAL_REFUND_NOT_SUPPORTED'}  | ${'not_allowed'}     | ${'rejected'}     | ${'only the full amount'}
    ${400} | ${'REFUND_IN_PROGRESS'}            | ${'not_allowed'}     | ${'rejected'}     | ${'another refund is being paid out'}
    ${400} | ${'INSUFFICIENT_BALANCE'}          | ${'not_allowed'}     | ${'rejected'}     | ${'the merchant balance cannot cover it now'}
    ${400} | ${'MAXIMUM_REFUND_AMOUNT_REACHED'} | ${'exceeds_amount'}  | ${'rejected'}     | ${'more than remains refundable'}
    ${409} | ${'IDEMPOTENCY_ERROR'}             | ${'conflict'}        | ${'rejected'}     | ${'the key was used with another body'}
    ${409} | ${'DUPLICATE_ERROR'}               | ${'conflict'}        | ${'rejected'}     | ${'such a refund exists already'}
    ${429} | ${'RATE_LIMIT_EXCEEDED'}           | ${'unavailable'}     | ${'unreachable'}  | ${'throttled before anything was done: retry'}
    ${500} | ${'SERVER_ERROR'}                  | ${'unknown'}         | ${'server_error'} | ${'a 5xx may have done it'}
    ${503} | ${'CHANNEL_UNAVAILABLE'}           | ${'unknown'}         | ${'server_error'} | ${'a 5xx, whatever its code says'}
    ${502} | ${undefined}                       | ${'unknown'}         | ${'server_error'} | ${'a proxy error page'}
    ${400} | ${'SOMETHING_NEW'}                 | ${'invalid_request'} | ${'rejected'}     | ${'an unknown 400 code is judged by its status'}
    ${404} | ${'SOMETHING_NEW'}                 | ${'not_found'}       | ${'rejected'}     | ${'an unknown 404 code is judged by its status'}
    ${403} | ${undefined}                       | ${'misconfigured'}   | ${'rejected'}     | ${'a 403 without a code'}
  `('$status $code → $refusal ($why)', ({ status, code, refusal, kind }) => {
    const error = toXenditError(sdk(status, code));
    expect({ refusal: error.refusal, kind: error.kind, gatewayCode: error.gatewayCode, httpStatus: error.httpStatus }).toEqual({
      refusal,
      kind,
      gatewayCode: code ?? String(status),
      httpStatus: status,
    });
  });

  it('keeps a code only when it looks like one', () => {
    const error = toXenditError(new XenditSdkError({ error_code: 'x'.repeat(500), message: 'm' }, 404, 'Not Found'));
    expect(error).toMatchObject({ refusal: 'not_found', gatewayCode: '404' });
  });
});

describe('failures to hear from Xendit', () => {
  const network = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

  it.each`
    error                                                                   | answered     | refusal          | kind                  | why
    ${new DOMException('The operation timed out', 'TimeoutError')}          | ${undefined} | ${'unknown'}     | ${'timeout'}          | ${'no answer in time: it may have happened'}
    ${new DOMException('aborted', 'AbortError')}                            | ${undefined} | ${'unknown'}     | ${'timeout'}          | ${'aborted while waiting'}
    ${network('ECONNRESET')}                                                | ${undefined} | ${'unknown'}     | ${'timeout'}          | ${'dropped after the request went out'}
    ${network('UND_ERR_SOCKET')}                                            | ${undefined} | ${'unknown'}     | ${'timeout'}          | ${'the socket closed mid-answer'}
    ${network('ECONNREFUSED')}                                              | ${undefined} | ${'unavailable'} | ${'unreachable'}      | ${'no connection: nothing was sent'}
    ${network('ENOTFOUND')}                                                 | ${undefined} | ${'unavailable'} | ${'unreachable'}      | ${'no such host: nothing was sent'}
    ${new TypeError('Body is unusable')}                                    | ${500}       | ${'unknown'}     | ${'server_error'}     | ${'a 500 whose page is not JSON (the SDK throws a bare TypeError)'}
    ${new TypeError('Body is unusable')}                                    | ${404}       | ${'not_found'}   | ${'rejected'}         | ${'a 404 page that is not JSON'}
    ${new TypeError("Cannot read properties of undefined (reading 'map')")} | ${200}       | ${'unknown'}     | ${'invalid_response'} | ${'a 2xx the SDK could not read: it happened, we cannot say how'}
    ${new SyntaxError('Unexpected token < in JSON')}                        | ${201}       | ${'unknown'}     | ${'invalid_response'} | ${'a 2xx that is not JSON'}
  `('$why', ({ error, answered, refusal, kind }) => {
    expect(toXenditError(error, answered)).toMatchObject({ refusal, kind });
  });
});

it('keeps a failure the adapter already classified', () => {
  const own = new XenditGatewayError('items do not sum', 'rejected', 'invalid_request');
  expect(toXenditError(own, 200)).toBe(own);
});
