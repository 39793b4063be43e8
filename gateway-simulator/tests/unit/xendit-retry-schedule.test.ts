import { delayMs, retriesAllowed, RETRY_OFFSETS_MINUTES } from '../../src/xendit/rules/retry-schedule.js';
import { XENDIT_SIMULATOR_DEFAULTS } from '../../src/xendit/defaults.js';

// Xendit's callback retry rules (docs/xendit.md §4), one row per outcome.
describe('Xendit callback retry schedule', () => {
  it.each([
    ['200', { kind: 'response', status: 200 } as const, 0],
    ['204', { kind: 'response', status: 204 } as const, 0],
    ['302', { kind: 'response', status: 302 } as const, 6],
    ['400', { kind: 'response', status: 400 } as const, 6],
    ['500', { kind: 'response', status: 500 } as const, 6],
    ['connection refused', { kind: 'network', message: 'ECONNREFUSED' } as const, 6],
    ['dropped by chaos', { kind: 'dropped' } as const, 6],
    ['timeout (left to a manual resend)', { kind: 'timeout' } as const, 0],
  ])('%s → %i retries', (_name, outcome, retries) => {
    expect(retriesAllowed(outcome)).toBe(retries);
  });

  it('retries at +15 min, +1 h, +3 h, +6 h, +12 h, +24 h after the first try, scaled', () => {
    expect(RETRY_OFFSETS_MINUTES).toEqual([15, 60, 180, 360, 720, 1440]);
    let at = 0;
    const offsets = RETRY_OFFSETS_MINUTES.map((_m, i) => (at += delayMs(i + 1, 1)) / 60_000);
    expect(offsets).toEqual([15, 60, 180, 360, 720, 1440]);
    expect(delayMs(1, 0.001)).toBeCloseTo(900);
  });

  it('waits 30 s for an answer by default', () => {
    expect(XENDIT_SIMULATOR_DEFAULTS.callbackTimeoutMs).toBe(30_000);
  });
});
