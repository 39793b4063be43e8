// A tiny observable for the WebSocket's health, so pages can say "connection lost,
// reconnecting…" without knowing about graphql-ws.
// 'idle': no subscription is open (graphql-ws is lazy and closes when none is active).
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

type Listener = (status: ConnectionStatus) => void;

export function createConnectionStatus() {
  let current: ConnectionStatus = 'idle';
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    set(next: ConnectionStatus) {
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export type ConnectionStatusStore = ReturnType<typeof createConnectionStatus>;
