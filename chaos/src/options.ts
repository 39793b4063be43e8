import { parseArgs } from 'node:util';

export interface Options {
  payments: number;
  quick: boolean;
  seed: number;
  concurrency: number;
  /** SNAP_EXPIRY_MINUTES for the API; 0 leaves its default (a day), so no token lapses. */
  snapExpiryMinutes: number;
  /** Keep the temp dir (process logs, database) after the run. */
  keep: boolean;
  /** Preload a tracer of MongoDB calls into the API; list the unsettled ones when a check fails. */
  traceDb: boolean;
}

export const USAGE = `Usage: npm run chaos -- [--payments N] [--quick] [--seed S] [--concurrency C] [--snap-expiry-minutes M] [--keep]

  --payments N             checkouts to make (default 200; 40 with --quick)
  --quick                  the short CI run: 40 payments, no Snap token lapse, well under 2 minutes
  --seed S                 replay the same carts, plans and chaos (printed at the start of every run)
  --concurrency C          orders driven at once (default 8)
  --snap-expiry-minutes M  Snap token lifetime given to the API (default 1; 0 with --quick = a day);
                           unpaid orders must then expire, which the run waits for
  --keep                   keep the temp dir with the process logs and the database
  --trace-db               trace the API's MongoDB calls; when a check fails, list those that never settled`;

export function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      payments: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
      'snap-expiry-minutes': { type: 'string' },
      keep: { type: 'boolean', default: false },
      'trace-db': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick;
  const int = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  return {
    payments: int('payments', values.payments, quick ? 40 : 200, 1, 5_000),
    quick,
    seed: int('seed', values.seed, Math.floor(Math.random() * 2 ** 31), 0, 2 ** 32 - 1),
    concurrency: int('concurrency', values.concurrency, 8, 1, 64),
    snapExpiryMinutes: int('snap-expiry-minutes', values['snap-expiry-minutes'], quick ? 0 : 1, 0, 60),
    keep: values.keep,
    traceDb: values['trace-db'],
  };
}
