import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { createConnectionStatus, type ConnectionStatus, type ConnectionStatusStore } from './connection-status';

const ConnectionStatusContext = createContext<ConnectionStatusStore>(createConnectionStatus());

export function ConnectionStatusProvider({ store, children }: { store: ConnectionStatusStore; children: ReactNode }) {
  return <ConnectionStatusContext.Provider value={store}>{children}</ConnectionStatusContext.Provider>;
}

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** The live-update socket's state, and whether the browser thinks it is offline. */
export function useConnectionStatus(): { status: ConnectionStatus; offline: boolean } {
  const store = useContext(ConnectionStatusContext);
  const status = useSyncExternalStore(store.subscribe, store.get, store.get);
  const offline = useSyncExternalStore(
    subscribeOnline,
    () => !navigator.onLine,
    () => false,
  );
  return { status, offline };
}
