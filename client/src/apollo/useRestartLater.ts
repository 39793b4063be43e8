import { useCallback, useEffect, useRef } from 'react';

/**
 * graphql-ws retries dropped sockets by itself, but a socket closed with a code it
 * treats as fatal (e.g. 1011) ends a subscription with an error. A live page must not
 * silently stop being live: the returned function (call it from onError) starts the
 * subscription again after `delayMs` and re-reads the page's query, in case an event
 * was missed meanwhile.
 */
export function useRestartLater(restart: () => void, refetch: () => Promise<unknown>, delayMs: number): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const again = useRef<() => void>(() => undefined);
  useEffect(() => {
    again.current = () => {
      restart();
      void refetch().catch(() => undefined);
    };
  }, [restart, refetch]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => again.current(), delayMs);
  }, [delayMs]);
}
