// Placeholder until the snap.js / payment page work lands: serves nothing yet.
import { Router } from 'express';

export function createSnapUiRouter(): Router {
  return Router();
}
