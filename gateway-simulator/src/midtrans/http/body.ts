import type { RequestHandler } from 'express';
import { lenientJson as kitLenientJson } from '../../kit/http/body.js';
import { ApiError, coreError, driverError, snapError } from '../api-error.js';

// midtrans-client sends the literal body `null` on cancel/expire/approve/deny and `{}` on GETs
// (docs/midtrans.md §2), so bodies are parsed leniently (kit/http/body.ts); what does not parse
// gets the error in the words of the API that was called. The UI router parses its own bodies.
export type Flavor = 'snap' | 'core' | 'driver';

const JSON_PROBLEM = 'There was a problem in the JSON you submitted';

export function badJson(flavor: Flavor): ApiError {
  if (flavor === 'snap') return snapError(400, JSON_PROBLEM);
  if (flavor === 'core') return coreError(400, '400', JSON_PROBLEM);
  return driverError(400, 'invalid_json', JSON_PROBLEM);
}

export const lenientJson = (flavor: Flavor): RequestHandler[] => kitLenientJson(() => badJson(flavor));

export { bodyObject } from '../../kit/http/body.js';
