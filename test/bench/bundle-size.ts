/**
 * Initial-load JavaScript of a production build, gzipped: the entry script and what it
 * modulepreloads (lazy chunks excluded). Compared with a bare three + R3F + XR + drei page built
 * with the same versions, so the app's own weight is visible.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const ROOT = join(import.meta.dirname, '../..')

export interface BundleSize {
  files: number
  rawKiB: number
  gzipKiB: number
  /**
   * Every JavaScript chunk a learner loads (the lazy play view included; the educators' debrief and its replay,
   * and the headset emulator that only development and tests ask for, not), gzip.
   */
  allJsGzipKiB: number
}

function initialJs(outDir: string): BundleSize {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1] ?? '')
  let raw = 0
  let gz = 0
  for (const ref of new Set(refs)) {
    const bytes = readFileSync(join(outDir, ref.replace(/^\//, '')))
    raw += bytes.length
    gz += gzipSync(bytes, { level: 9 }).length
  }
  const assets = join(outDir, 'assets')
  const all = readdirSync(assets)
    // The debrief chunk is for educators: a learner's page never fetches it.
    .filter((f) => f.endsWith('.js') && !/^(DebriefApp|ReplayPanel|xr-emulator|_xr-emulate-stub)-/.test(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0)
  return { files: new Set(refs).size, rawKiB: raw / 1024, gzipKiB: gz / 1024, allJsGzipKiB: all / 1024 }
}

const BARE_ENTRY = `import { createRoot } from 'react-dom/client'
import { Canvas } from '@react-three/fiber'
import { createXRStore, XR } from '@react-three/xr'
import { Html } from '@react-three/drei'
const store = createXRStore({ emulate: false })
createRoot(document.getElementById('root')).render(
  <Canvas><XR store={store}><mesh><boxGeometry /><meshStandardMaterial /></mesh><Html>bare</Html></XR></Canvas>,
)
`

/** Builds both pages and measures them; `withAppBuild` may use the app build (e.g. to load it in a browser) before it is removed. */
export async function measureBundles<T>(
  withAppBuild: (distDir: string) => Promise<T>,
): Promise<{ app: BundleSize; bare: BundleSize; extra: T }> {
  // Inside node_modules so the bare page resolves the project's own packages (same versions).
  const work = join(ROOT, 'node_modules/.resus-bench')
  rmSync(work, { recursive: true, force: true })
  const bareRoot = join(work, 'bare')
  mkdirSync(bareRoot, { recursive: true })
  writeFileSync(join(bareRoot, 'index.html'), '<div id="root"></div><script type="module" src="./main.jsx"></script>')
  writeFileSync(join(bareRoot, 'main.jsx'), BARE_ENTRY)
  const react = (await import('@vitejs/plugin-react')).default
  await build({
    root: bareRoot,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: join(work, 'bare-dist'), emptyOutDir: true },
  })
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: join(work, 'app-dist'), emptyOutDir: true } })
  try {
    const extra = await withAppBuild(join(work, 'app-dist'))
    return { app: initialJs(join(work, 'app-dist')), bare: initialJs(join(work, 'bare-dist')), extra }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
