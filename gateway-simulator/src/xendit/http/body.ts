import type { RequestHandler } from 'express';
import { lenientJson } from '../../kit/http/body.js';
import { validationError } from '../rules/errors.js';

// JSON bodies for Xendit's API: any JSON value or nothing (the SDK's expire! sends none);
// a body that does not parse is Xendit's generic 400.
export const xenditJson = (): RequestHandler[] => lenientJson(() => validationError('Request body is not valid JSON'));
