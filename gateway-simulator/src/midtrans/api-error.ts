import { ApiError } from '../kit/api-error.js';

export { ApiError, driverError } from '../kit/api-error.js';

// Midtrans's error shapes (docs/midtrans.md §4, §13).
/** Snap API error shape: `{"error_messages": [...]}` (docs/midtrans.md §4). */
export const snapError = (httpStatus: number, ...messages: string[]): ApiError => new ApiError(httpStatus, { error_messages: messages });

/** Core API error shape: string `status_code` + `status_message` (docs/midtrans.md §13). */
export const coreError = (httpStatus: number, statusCode: string, statusMessage: string, extra: Record<string, unknown> = {}): ApiError =>
  new ApiError(httpStatus, { status_code: statusCode, status_message: statusMessage, ...extra });
