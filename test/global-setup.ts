import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

/**
 * Global setup of the `app` test project (server and browser tests): builds the app into dist/ once per
 * run, so that `npm test` works on a fresh clone and never tests a stale bundle.
 */
export default async function setup(): Promise<void> {
  await build({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'warn' })
}
