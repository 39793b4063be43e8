import { driverError } from './api-error.js';

// Failure injection per API route (`PUT /sim/v1/faults`, `PUT /sim/v1/xendit/faults`): the next
// N requests to a route fail with an HTTP error, or are held back so a client timeout fires.
// Each gateway names its routes and writes the error in its own shape.

export interface Fault<R extends string = string> {
  route: R;
  /** Answer with this HTTP status (500, 503, 429…) instead of handling the request. */
  status?: number;
  /** Hold the request this long before answering (normally), so a client timeout fires. */
  timeoutMs?: number;
  /** How many requests it hits; default 1. */
  count: number;
}

/** Parses `{route, status?, timeoutMs?, count?}`; `routes` are the gateway's route names. */
export function parseFault<R extends string>(body: unknown, routes: readonly R[]): Fault<R> {
  const src = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const route = src.route;
  if (typeof route !== 'string' || !(routes as readonly string[]).includes(route)) {
    throw driverError(400, 'invalid_fault', `route must be one of ${routes.join(', ')}`);
  }
  const status = src.status;
  const timeoutMs = src.timeoutMs;
  if (status === undefined && timeoutMs === undefined) {
    throw driverError(400, 'invalid_fault', 'give status and/or timeoutMs');
  }
  if (status !== undefined && (typeof status !== 'number' || status < 400 || status > 599)) {
    throw driverError(400, 'invalid_fault', 'status must be an HTTP error status (400–599)');
  }
  if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || timeoutMs < 0)) {
    throw driverError(400, 'invalid_fault', 'timeoutMs must be a number ≥ 0');
  }
  const count = typeof src.count === 'number' && src.count > 0 ? Math.floor(src.count) : 1;
  return { route: route as R, status: status as number | undefined, timeoutMs: timeoutMs as number | undefined, count };
}

export class FaultStore<R extends string = string> {
  faults: Fault<R>[] = [];

  /** Takes one use of the first fault armed for `route`, if any. */
  take(route: R): Fault<R> | undefined {
    const fault = this.faults.find((f) => f.route === route && f.count > 0);
    if (!fault) return undefined;
    fault.count -= 1;
    this.faults = this.faults.filter((f) => f.count > 0);
    return { ...fault };
  }

  reset(): void {
    this.faults = [];
  }
}
