import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/app/manifest.ts';

/** Production build: static files in dist/, app shell precached by a generated service worker. */
export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      includeAssets: ['icons/*.png', 'icons/*.svg', 'demo/*'],
      workbox: {
        clientsClaim: true,
        // skipWaiting happens on the user's word through workbox-window (update prompt).
        skipWaiting: false,
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    __BUILD_ID__: JSON.stringify(process.env.SAFELEDGER_BUILD_ID ?? new Date().toISOString()),
  },
  resolve: {
    // jsPDF's optional HTML/SVG add-ons: we never call them (see the stub).
    alias: Object.fromEntries(['html2canvas', 'dompurify', 'canvg'].map((m) => [m, fileURLToPath(new URL('./src/app/stubs/jspdf-optional.ts', import.meta.url))])),
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
