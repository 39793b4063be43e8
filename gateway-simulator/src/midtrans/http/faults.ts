import type { RequestHandler } from 'express';
import { coreError, snapError } from '../api-error.js';
import type { FaultRoute, FaultStore } from '../faults.js';

// Failure injection (`PUT /sim/v1/faults`): the next N requests to a route fail or hang.
// Bodies follow each API's error shape; the 500 texts are Midtrans's (docs/midtrans.md §4, §13),
// the 503/429 ones are UNCONFIRMED wording.
const MESSAGES: Record<number, { snap: string; core: string }> = {
  500: {
    snap: 'Sorry, we encountered internal server error. We will fix this soon.',
    core: 'Sorry. Our system is recovering from unexpected issues. Please retry.',
  },
  503: {
    snap: 'Service is temporarily unavailable, please try again later.',
    core: 'Bank/partner is experiencing connection issue.',
  },
  429: {
    snap: 'Too many requests, please try again later.',
    core: 'Too many requests, please try again later.',
  },
};

export function faultPoint(faults: FaultStore, route: FaultRoute): RequestHandler {
  const flavor = route.startsWith('snap') ? 'snap' : 'core';
  return async (_req, _res, next) => {
    const fault = faults.take(route);
    if (!fault) return next();
    if (fault.timeoutMs) await new Promise((r) => setTimeout(r, fault.timeoutMs));
    if (!fault.status) return next();
    const text = MESSAGES[fault.status]?.[flavor] ?? `Injected failure (HTTP ${fault.status})`;
    next(flavor === 'snap' ? snapError(fault.status, text) : coreError(fault.status, String(fault.status), text));
  };
}
