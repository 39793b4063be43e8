import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /explorer/ (server/src/http/explorer-router.ts).
export default defineConfig({
  base: '/explorer/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // GraphiQL bundles the Monaco editor (a few MB): fine for a local developer tool.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler directives ("use no memo") are harmless when bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
