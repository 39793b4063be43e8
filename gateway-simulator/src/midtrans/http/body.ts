import express, { type RequestHandler } from 'express';
import { ApiError, coreError, driverError, snapError } from '../api-error.js';

// midtrans-client sends the literal body `null` on cancel/expire/approve/deny and `{}` on GETs
// (docs/midtrans.md §2), so bodies are parsed leniently: any JSON value, or nothing at all.
// Only the simulator's own routers use this; the UI router parses its own bodies.
export type Flavor = 'snap' | 'core' | 'driver';

const JSON_PROBLEM = 'There was a problem in the JSON you submitted';

export function badJson(flavor: Flavor): ApiError {
  if (flavor === 'snap') return snapError(400, JSON_PROBLEM);
  if (flavor === 'core') return coreError(400, '400', JSON_PROBLEM);
  return driverError(400, 'invalid_json', JSON_PROBLEM);
}

export function lenientJson(flavor: Flavor): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: '1mb' }),
    (req, _res, next) => {
      const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8').trim() : '';
      if (raw === '') {
        req.body = undefined;
        return next();
      }
      try {
        req.body = JSON.parse(raw) as unknown;
      } catch {
        return next(badJson(flavor));
      }
      next();
    },
  ];
}

export { bodyObject } from '../../kit/http/body.js';
