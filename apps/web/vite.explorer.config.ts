import { defineConfig } from 'vite';

// The GraphQL explorer: GraphiQL on React, a page of its own at GET /graphql, built beside the app (dist/explorer).
export default defineConfig({
  root: 'explorer',
  base: '/explorer/',
  build: {
    outDir: '../dist/explorer',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // GraphiQL's "use client" markers mean nothing outside React Server Components.
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
    },
  },
});
