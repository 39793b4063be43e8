import type { RequestHandler } from 'express';
import type { FaultStore } from '../../kit/faults.js';
import type { XenditFaultRoute } from '../engine/context.js';
import { xenditError } from '../rules/errors.js';

// Failure injection for Xendit's routes (`PUT /sim/v1/xendit/faults`), in Xendit's error shape.
// A 429 carries the Rate-Limit-* headers Xendit documents (docs/xendit.md §2).
const CODES: Record<number, [string, string]> = {
  429: ['RATE_LIMIT_EXCEEDED', 'Too many requests. Please slow down'],
  500: ['SERVER_ERROR', 'An unexpected error occurred, our team has been notified and will troubleshoot the issue'],
  503: ['SERVICE_UNAVAILABLE', 'The service is temporarily unavailable, please try again later'],
};

export function faultPoint(faults: FaultStore<XenditFaultRoute>, route: XenditFaultRoute): RequestHandler {
  return async (_req, res, next) => {
    const fault = faults.take(route);
    if (!fault) return next();
    if (fault.timeoutMs) await new Promise((r) => setTimeout(r, fault.timeoutMs));
    if (!fault.status) return next();
    if (fault.status === 429) {
      res.setHeader('Rate-Limit-Limit', '60');
      res.setHeader('Rate-Limit-Remaining', '0');
      res.setHeader('Rate-Limit-Reset', '60');
    }
    const [code, message] = CODES[fault.status] ?? ['SERVER_ERROR', `Injected failure (HTTP ${fault.status})`];
    next(xenditError(fault.status, code, message));
  };
}
