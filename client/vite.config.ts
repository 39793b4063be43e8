import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, snapSourcesFrom } from './deploy/content-security-policy.mjs';
import { DEFAULT_GRAPHQL_URL } from './src/apollo/graphql-url';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  // `vite preview` serves the built shop under the policy the production image sends
  // (deploy/content-security-policy.mjs), so the browser tests would see what it blocks.
  // The dev server has none: Vite's hot reload runs inline scripts.
  const policy = contentSecurityPolicy({
    graphqlUrl: env.VITE_GRAPHQL_URL || DEFAULT_GRAPHQL_URL,
    snapSources: snapSourcesFrom(env.SNAP_SOURCES),
  });
  // `npm start` with LUNAS_HOST=<name>: Vite answers only the host names it knows.
  const allowedHosts = env.LUNAS_HOST ? [env.LUNAS_HOST] : [];
  return {
    plugins: [react()],
    server: { port: 5173, host: 'localhost', allowedHosts },
    preview: { port: 5173, host: 'localhost', allowedHosts, headers: { 'Content-Security-Policy': policy } },
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
  };
});
