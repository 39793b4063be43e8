// Where the webhook's time goes, from the API's own Prometheus histogram
// (lunas_webhook_stage_seconds{stage}): scraped before and after a phase, the mean of
// each stage over that phase is (Δsum / Δcount).
import { request } from './http-client.js';

export type StageTotals = Map<string, { sum: number; count: number }>;

export async function scrapeStages(apiUrl: string): Promise<StageTotals | undefined> {
  const res = await request(`${apiUrl}/metrics`).catch(() => undefined);
  if (res?.status !== 200) return undefined;
  const totals: StageTotals = new Map();
  for (const line of res.text.split('\n')) {
    const match = /^lunas_webhook_stage_seconds_(sum|count)\{stage="([a-z_]+)"\} ([0-9.eE+-]+)$/.exec(line);
    if (!match) continue;
    const entry = totals.get(match[2]!) ?? { sum: 0, count: 0 };
    entry[match[1] as 'sum' | 'count'] = Number(match[3]);
    totals.set(match[2]!, entry);
  }
  return totals;
}

/** Mean milliseconds per stage between two scrapes; stages that did not occur are left out. */
export function stageMeans(before: StageTotals | undefined, after: StageTotals | undefined): Record<string, number> | undefined {
  if (!before || !after) return undefined;
  const means: Record<string, number> = {};
  for (const [stage, { sum, count }] of after) {
    const was = before.get(stage) ?? { sum: 0, count: 0 };
    if (count > was.count) means[stage] = ((sum - was.sum) / (count - was.count)) * 1000;
  }
  return means;
}
