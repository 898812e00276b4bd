// The console's build (npm run build:console, part of `npm run build` and so of `npm ci`) and its dev
// server (npm run console:dev): the SPA in console/src, built into dist/console, which
// `intentbase serve` serves at / (src/http/console.ts). The dev server proxies the API to a running
// `intentbase serve` (CONSOLE_API, default http://localhost:3000), so the session cookie is first-party.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.CONSOLE_API ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    // Nothing inlined as data: URIs: the Content-Security-Policy allows files from the server only.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/api': api, '/healthz': api, '/docs': api },
  },
});
