import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * @pmndrs/xr lazily imports its own emulator (and its synthetic rooms, ~6 MB) even with `emulate: false`; the
 * build would ship them unused. Resus installs iwer itself behind `?emu=iwer` (src/app/xr-emulator.ts).
 */
const stripXrEmulator = (): Plugin => ({
  name: 'strip-xr-emulator',
  enforce: 'pre',
  apply: 'build',
  resolveId: (source, importer) =>
    source === './emulate.js' && importer && /[\\/]@pmndrs[\\/]xr[\\/]/.test(importer) ? '\0xr-emulate-stub' : null,
  load: (id) => (id === '\0xr-emulate-stub' ? 'export function emulate() { return undefined }' : null),
})

// Tests that drive the built app (HTTP server, headless Chromium) form their own project so that its
// global setup, one `vite build` per run, happens only when one of them is part of the run.
const APP_TESTS = ['test/server/**/*.test.ts', 'test/browser/**/*.test.ts']

export default defineConfig({
  plugins: [react(), stripXrEmulator()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // three.js with R3F and the XR library is ~1.08 MB minified in its own cacheable vendor chunk; the real budget is
    // the first load's gzip size (≤ 480 KiB, measured by npm run bench), not Vite's generic 500 kB heuristic.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks cache across releases; the scene loader (zod + yaml) is its own chunk.
        // zustand goes with React: the picker's stores need it, and left alone it would land in the three
        // chunk (R3F uses it too) and drag three.js into the first load.
        codeSplitting: {
          groups: [
            // Vite's dynamic-import preload helper would otherwise land in the three chunk (the XR library's
            // lazy imports use it too) and drag three.js into the first load.
            { name: 'preload', test: /preload-helper/ },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|zustand|use-sync-external-store)[\\/]/,
            },
            { name: 'three', test: /node_modules[\\/](three|@react-three|@pmndrs|its-fine|suspend-react)[\\/]/ },
            { name: 'scene-loader', test: /node_modules[\\/](zod|yaml|fastest-levenshtein)[\\/]/ },
            // Only ?emu=iwer loads it (development and tests); a normal page load never does.
            { name: 'xr-emulator', test: /node_modules[\\/](iwer|gl-matrix|webxr-layers-polyfill)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...APP_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: APP_TESTS,
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
