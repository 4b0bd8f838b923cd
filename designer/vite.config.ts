import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The host serves the built app from its wwwroot; `npm run dev` proxies the API to a host on :5080.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: '../src/WorkflowDms.Host/wwwroot',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:5080' },
  },
});
