// An answer the simulator gives on purpose (a Midtrans error body with its HTTP status).
// Routers throw it; the one error handler in http/errors.ts writes it.
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' ? JSON.stringify(body) : String(body));
  }
}

/** Snap API error shape: `{"error_messages": [...]}` (docs/midtrans.md §4). */
export const snapError = (httpStatus: number, ...messages: string[]): ApiError => new ApiError(httpStatus, { error_messages: messages });

/** Core API error shape: string `status_code` + `status_message` (docs/midtrans.md §13). */
export const coreError = (httpStatus: number, statusCode: string, statusMessage: string, extra: Record<string, unknown> = {}): ApiError =>
  new ApiError(httpStatus, { status_code: statusCode, status_message: statusMessage, ...extra });

/** Driver API error shape (ours, not Midtrans's). */
export const driverError = (httpStatus: number, code: string, message: string): ApiError =>
  new ApiError(httpStatus, { error: { code, message } });
