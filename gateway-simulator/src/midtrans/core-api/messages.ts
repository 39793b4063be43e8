import { coreError, type ApiError } from '../api-error.js';
import { uuid } from '../../kit/util/ids.js';

// Core API error bodies (docs/midtrans.md §13). They come back with HTTP 200 and the error in the body's
// status_code — the docs' OpenAPI lists 404/412 under HTTP 200, and a real sandbox key check
// saw HTTP 200 + "Transaction doesn't exist." — so midtrans-client reports httpStatusCode as a
// *string* ('404', '412'; §13). /v2/charge validation errors are real HTTP 400s (§13).
export const notFoundError = (): ApiError => coreError(200, '404', "Transaction doesn't exist.", { id: uuid() });

export const cannotModifyError = (): ApiError => coreError(200, '412', 'Merchant cannot modify the status of the transaction');

export const validationError = (messages: string[]): ApiError =>
  coreError(400, '400', 'One or more parameters in the payload is invalid.', { validation_messages: messages, id: uuid() });
