import { defineConfig } from 'vite';

// Everything the browser loads is bundled here and served by the platform itself (no CDN, system fonts).
export default defineConfig({
  root: 'src',
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // One HTML entry (src/index.html); heavy parts (charts, the XLSX writer, live updates) are split and loaded on use.
    reportCompressedSize: false,
  },
});
