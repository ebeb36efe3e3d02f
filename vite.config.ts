import { basename, dirname } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Libraries in chunks of their own, so that a new version of the app leaves them cached.
 * Only libraries: a module of the app here would pull its imports along, into every page.
 */
const VENDOR_CHUNKS: Record<string, RegExp> = {
  react: /\/node_modules\/(react|react-dom|scheduler)\//,
  i18n: /\/node_modules\/(i18next|react-i18next|use-sync-external-store)\//,
};

// The web app lives in src/web and is built to dist/web, which the server serves at /. Each
// role's screens are a chunk loaded when first shown (src/web/ui/lazyScreen.tsx).
// `npm run dev` runs Vite's dev server with /api, /auth, /idp, /docs and /healthz proxied to the API server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks: (id) => Object.keys(VENDOR_CHUNKS).find((name) => VENDOR_CHUNKS[name]?.test(id)),
        // Each role's screens (`<role>/screens.ts`, loaded on first use) named by the role, not all "screens".
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.endsWith('/screens.ts')
            ? `assets/${basename(dirname(chunk.facadeModuleId))}-[hash].js`
            : 'assets/[name]-[hash].js',
      },
    },
  },
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
