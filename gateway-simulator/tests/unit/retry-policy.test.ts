import { retriesAllowed, retryDelayMs, RETRY_DELAYS_MINUTES, type AttemptOutcome } from '../../src/midtrans/notifications/retry-policy.js';

// docs/midtrans.md §8 retry table, one row per outcome.
describe('notification retry policy', () => {
  it.each<[string, AttemptOutcome, number]>([
    ['200', { kind: 'response', status: 200 }, 0],
    ['204', { kind: 'response', status: 204 }, 0],
    ['301', { kind: 'response', status: 301 }, 0],
    ['302', { kind: 'response', status: 302 }, 0],
    ['303', { kind: 'response', status: 303 }, 0],
    ['500', { kind: 'response', status: 500 }, 1],
    ['503', { kind: 'response', status: 503 }, 4],
    ['400', { kind: 'response', status: 400 }, 2],
    ['404', { kind: 'response', status: 404 }, 2],
    ['401', { kind: 'response', status: 401 }, 5],
    ['502', { kind: 'response', status: 502 }, 5],
    ['timeout', { kind: 'timeout' }, 5],
    ['connection refused', { kind: 'network', message: 'ECONNREFUSED' }, 5],
  ])('%s → %i retries', (_name, outcome, retries) => {
    expect(retriesAllowed(outcome)).toBe(retries);
  });

  it('waits 2/10/30/90/210 minutes, jittered down to no less than a quarter, then scaled', () => {
    expect(RETRY_DELAYS_MINUTES).toEqual([2, 10, 30, 90, 210]);
    RETRY_DELAYS_MINUTES.forEach((minutes, i) => {
      expect(retryDelayMs(i + 1, 1, () => 1)).toBe(minutes * 60_000);
      expect(retryDelayMs(i + 1, 1, () => 0)).toBe(minutes * 60_000 * 0.25);
    });
    expect(retryDelayMs(1, 0.001, () => 1)).toBeCloseTo(120);
  });
});
