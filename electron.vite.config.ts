import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for both hosts: `out/main` holds the Electron entry and the browser host
// (a plain Node program that must not import electron), `out/preload` the sandboxed preload
// (CommonJS, because a sandboxed preload cannot be an ES module), `out/renderer` the editor.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/index.ts'),
          'browser-host': resolve(__dirname, 'main/browser-host/index.ts'),
          // The worker thread that reads large files (main/services/workspace/read-worker-entry.ts).
          'read-worker': resolve(__dirname, 'main/services/workspace/read-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset URLs, so the same build loads from file:// (Electron) and from the host.
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react()],
  },
});
