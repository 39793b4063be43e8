// What one delivery attempt came to; every gateway's retry rules read it.
export type AttemptOutcome =
  { kind: 'response'; status: number } | { kind: 'timeout' } | { kind: 'network'; message: string } | { kind: 'dropped' };

export function isDelivered(o: AttemptOutcome): boolean {
  return o.kind === 'response' && o.status >= 200 && o.status < 300;
}
