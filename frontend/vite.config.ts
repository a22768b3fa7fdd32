import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The backend serves the API and the stored files; in dev and preview we proxy both so the
// session cookie stays same-origin, exactly as in production.
const backend = process.env.BACKEND_URL ?? 'http://localhost:4000';
const proxy = {
  '/graphql': { target: backend },
  '/files': { target: backend },
  '/outgoing-files': { target: backend },
  '/task-files': { target: backend },
  '/exports': { target: backend },
};

export default defineConfig({
  // Explicit root: the config is run from the repository root (`--config frontend/vite.config.ts`).
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
