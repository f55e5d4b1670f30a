/**
 * Builds the renderer into out/renderer. Run from the project root:
 * `vite build --config renderer/vite.config.ts` (scripts/build.mjs does this).
 * The output must satisfy a strict CSP (`script-src 'self'`, `style-src 'self'`): no inline script
 * and no inline style, so the module-preload polyfill (an inline-free helper, but not needed by
 * Electron's Chromium) is off and CSS is always emitted as a file.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// This file runs in Node (not in the page), but the renderer's lint rules forbid `node:` imports here too.
const root = import.meta.dirname;

export default defineConfig({
  root,
  // Relative asset URLs: the app is served from a custom protocol in Electron and from / by the bridge.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    // Never inline assets as data: URLs into CSS/JS beyond what the CSP allows (img-src data: only).
    assetsInlineLimit: 0,
    sourcemap: true,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
