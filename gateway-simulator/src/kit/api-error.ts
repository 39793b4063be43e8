// An answer the simulator gives on purpose (a gateway's error body with its HTTP status).
// Routers throw it; each gateway's error handler writes it.
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' ? JSON.stringify(body) : String(body));
  }
}

/** Driver API error shape (ours, not a gateway's). */
export const driverError = (httpStatus: number, code: string, message: string): ApiError =>
  new ApiError(httpStatus, { error: { code, message } });
