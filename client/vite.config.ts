import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, host: 'localhost' },
  preview: { port: 5173, host: 'localhost' },
  // The manifest lists each chunk's static and dynamic imports: scripts/bundle-size.mjs
  // reads it to tell the first load from the lazy chunks.
  build: { sourcemap: false, manifest: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    // The bundle test runs a real `vite build`; give it room on a cold cache.
    testTimeout: 20_000,
  },
});
