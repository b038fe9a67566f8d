import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = 'http://127.0.0.1:3000';

/** Vendor groups: the app shell loads in parallel, cacheable chunks instead of one ~2 MB file. */
const vendorGroups: { name: string; test: RegExp }[] = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|react-is)[\\/]/ },
  { name: 'vendor-mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/ },
  { name: 'vendor-graphql', test: /node_modules[\\/](@apollo|graphql|graphql-tag|graphql-ast-types-browser|@wry|optimism|zen-observable|ts-invariant|symbol-observable)[\\/]/ },
  { name: 'vendor-react-admin', test: /node_modules[\\/](ra-[a-z-]+|react-admin|@tanstack|react-hook-form|lodash|node-polyglot|query-string|date-fns|inflection|jsonexport|papaparse|dompurify)[\\/]/ },
  { name: 'vendor-countries', test: /node_modules[\\/]i18n-iso-countries[\\/]/ },
];

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      // Compile the domain package from its TypeScript source (no separate build step for the UI).
      '@tilsyn/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/auth': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/auth': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups,
        },
      },
    },
  },
});
