import type { RequestHandler } from 'express';
import { basicUsername, matchesSecret, secretDigest } from '../../kit/http/secret.js';
import { xenditError } from '../rules/errors.js';

// HTTP Basic with the secret key as user name and an empty password (docs/xendit.md §1).
// Anything else, a missing header included, is 401 INVALID_API_KEY. The key is compared by
// digest in constant time, and never written anywhere.
export function requireSecretKey(secretKey: () => string): RequestHandler {
  let key = '';
  let expected = secretDigest('');
  return (req, _res, next) => {
    if (secretKey() !== key) {
      key = secretKey();
      expected = secretDigest(key);
    }
    if (matchesSecret(basicUsername(req.headers.authorization), expected)) return next();
    next(xenditError(401, 'INVALID_API_KEY', 'API key is not authorized for this API service'));
  };
}
