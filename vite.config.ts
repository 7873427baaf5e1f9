// The web UI: Vite builds src/web into dist/web, which the API server (src/http/main.ts) serves with
// an SPA fallback. In development `vite` proxies /api to the server on port 3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  resolve: {
    // zod without its eval-based compiler, which the Content Security Policy refuses.
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./src/web/zod-jitless.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The SurveyJS renderer is one lazily loaded chunk of ~1.8 MB (docs/decisions/0010-*.md).
    chunkSizeWarningLimit: 2500,
  },
  server: {
    // The web imports the API's contracts (src/contracts) and the pure domain, outside Vite's root.
    fs: { allow: [repoRoot] },
    proxy: { '/api': 'http://localhost:3000' },
  },
});
