import { createElement, lazy, type ComponentType } from 'react';

export interface LazyPage {
  (): React.ReactElement;
  /** Starts loading the page's chunk; resolves once it can render without suspending. */
  preload(): Promise<void>;
}

/**
 * React.lazy, plus a way to load the chunk ahead of time (on idle, or before tests
 * render). Once loaded, the page renders directly instead of through `lazy`, so a
 * preloaded page never shows the Suspense fallback, not even for one frame.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const start = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A failed download (offline, a deploy replaced the chunk) may be tried again.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  const Page = (() => createElement(loaded ?? Lazy)) as LazyPage;
  Page.preload = () => start().then(() => undefined);
  return Page;
}
