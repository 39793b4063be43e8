import { ApiError } from '../../kit/api-error.js';

// Xendit's error shape, `{ "error_code", "message" }`, with its HTTP statuses (docs/xendit.md §2, §5).
export const xenditError = (httpStatus: number, errorCode: string, message: string): ApiError =>
  new ApiError(httpStatus, { error_code: errorCode, message });

/** Xendit's generic 400. */
export const validationError = (message: string): ApiError => xenditError(400, 'API_VALIDATION_ERROR', message);

export const invoiceNotFound = (): ApiError => xenditError(404, 'INVOICE_NOT_FOUND_ERROR', 'Invoice not found');
