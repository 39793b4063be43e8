// Where the webhook's time goes, from the API's own Prometheus histograms, scraped
// before and after a phase: the mean of each series over that phase is Δsum / Δcount.
//   lunas_webhook_stage_seconds{stage}                    verify, log, confirm, database, publish
//   lunas_db_operation_seconds{collection,operation}      each database operation, once sent
//   lunas_db_write_wait_seconds                           writes waiting for their turn
import { request } from './http-client.js';

export type SeriesTotals = Map<string, { sum: number; count: number }>;
export interface Scrape {
  stages: SeriesTotals;
  operations: SeriesTotals;
  writeWaits: SeriesTotals;
}

const SERIES =
  /^(lunas_webhook_stage_seconds|lunas_db_operation_seconds|lunas_db_write_wait_seconds)_(sum|count)(?:\{([^}]*)\})? ([0-9.eE+-]+)$/;

export async function scrapeStages(apiUrl: string): Promise<Scrape | undefined> {
  const res = await request(`${apiUrl}/metrics`).catch(() => undefined);
  if (res?.status !== 200) return undefined;
  const scrape: Scrape = { stages: new Map(), operations: new Map(), writeWaits: new Map() };
  for (const line of res.text.split('\n')) {
    const match = SERIES.exec(line);
    if (!match) continue;
    const [, metric, part, labels = '', value] = match;
    const label = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(labels)?.[1] ?? '';
    const [totals, key] =
      metric === 'lunas_webhook_stage_seconds'
        ? [scrape.stages, label('stage')]
        : metric === 'lunas_db_operation_seconds'
          ? [scrape.operations, `${label('collection')}.${label('operation')}`]
          : [scrape.writeWaits, 'write lane'];
    const entry = totals.get(key) ?? { sum: 0, count: 0 };
    entry[part as 'sum' | 'count'] = Number(value);
    totals.set(key, entry);
  }
  return scrape;
}

/** Mean milliseconds and count per series between two scrapes; series that did not occur are left out. */
export function seriesMeans(
  before: SeriesTotals | undefined,
  after: SeriesTotals | undefined,
): Record<string, { ms: number; count: number }> | undefined {
  if (!before || !after) return undefined;
  const means: Record<string, { ms: number; count: number }> = {};
  for (const [key, { sum, count }] of after) {
    const was = before.get(key) ?? { sum: 0, count: 0 };
    if (count > was.count) means[key] = { ms: ((sum - was.sum) / (count - was.count)) * 1000, count: count - was.count };
  }
  return means;
}

/** Mean milliseconds per webhook stage between two scrapes. */
export function stageMeans(before: Scrape | undefined, after: Scrape | undefined): Record<string, number> | undefined {
  const means = seriesMeans(before?.stages, after?.stages);
  return means && Object.fromEntries(Object.entries(means).map(([stage, { ms }]) => [stage, ms]));
}

/** Unlabelled gauges by name (NaN for one not exported), or undefined when /metrics did not answer. */
export async function scrapeGauges(apiUrl: string, names: string[]): Promise<Record<string, number> | undefined> {
  const res = await request(`${apiUrl}/metrics`).catch(() => undefined);
  if (res?.status !== 200) return undefined;
  return Object.fromEntries(names.map((name) => [name, Number(new RegExp(`^${name} ([0-9.eE+-]+)$`, 'm').exec(res.text)?.[1] ?? NaN)]));
}
