/** The API this page was served by: /explorer lives on the same host as /graphql. */
export function endpoints(location: Pick<Location, 'protocol' | 'host'>): { httpUrl: string; wsUrl: string } {
  const ws = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { httpUrl: `${location.protocol}//${location.host}/graphql`, wsUrl: `${ws}//${location.host}/graphql` };
}
