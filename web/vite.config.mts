import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The API `npm run web:dev` proxies to (a running `npm start`, or another port in SC_API_URL). */
const api = process.env.SC_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 450 },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/auth': { target: api, changeOrigin: true },
      // The report and invoice files the Reports screen downloads (the rest of /reports is the console's).
      '^/reports/sla': { target: api, changeOrigin: true },
      '/invoices': { target: api, changeOrigin: true },
    },
  },
});
