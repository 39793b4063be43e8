import express, { type RequestHandler } from 'express';
import { validationError } from '../rules/errors.js';

// JSON bodies for Xendit's API: any JSON value or nothing (the SDK's expire! sends none);
// a body that does not parse is Xendit's generic 400.
export function xenditJson(): RequestHandler[] {
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
        return next(validationError('Request body is not valid JSON'));
      }
      next();
    },
  ];
}
