// The API's own counters (GET /metrics, open to loopback), read to tell a reconciler that
// stopped passing from one that passes and finds nothing to do.

export interface ReconcilerCounters {
  runs: number;
  repairs: number;
  errors: number;
}

export async function reconcilerCounters(apiUrl: string): Promise<ReconcilerCounters | null> {
  try {
    const res = await fetch(`${apiUrl}/metrics`, { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) return null;
    const text = await res.text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    return {
      runs: value('lunas_reconciler_runs_total'),
      repairs: value('lunas_reconciler_repairs_total'),
      errors: value('lunas_reconciler_errors_total'),
    };
  } catch {
    return null;
  }
}

export const describeCounters = (c: ReconcilerCounters | null) =>
  c ? `${c.runs} passes, ${c.repairs} repairs, ${c.errors} errors` : 'unavailable';
