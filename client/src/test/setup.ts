import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy/waitFor give up after 1 s by default; a busy CI machine needs more room
// for mocked network delays plus React rendering.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  // The bundle test runs in the node environment: no DOM, no storage.
  if (typeof window === 'undefined') return;
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
