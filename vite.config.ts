import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built to dist/web, which the server serves at /.
// `npm run dev` runs Vite's dev server with /api, /auth, /idp, /docs and /healthz proxied to the API server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      // Sign-in and the built-in identity provider: page navigations, answered by the server.
      '/auth': 'http://localhost:8080',
      '/idp': 'http://localhost:8080',
      '/docs': 'http://localhost:8080',
      '/healthz': 'http://localhost:8080',
    },
  },
});
