import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { loadScenario } from '../../scenario/index.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import { courseStructureXml } from './course-structure.ts'
import { zipCmi5Package } from './zip-package.ts'

export interface PackageOptions {
  root: string
  outDir: string
  baseIri: string
}

export interface BuiltPackage {
  zipPath: string
  /** The unzipped app, for serving in tests. */
  appDir: string
  scenarios: Scenario[]
  skipped: string[]
}

/**
 * Builds the app for an LMS (relative asset paths, hash routes: the LMS serves it from a sub-path)
 * and zips it with a cmi5.xml of one AU per valid scene file.
 */
export async function buildCmi5Package({ root, outDir, baseIri }: PackageOptions): Promise<BuiltPackage> {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
  const scenarios: Scenario[] = []
  const skipped: string[] = []
  for (const name of readdirSync(join(root, 'scenes')).sort()) {
    if (!name.endsWith('.yaml')) continue
    const result = loadScenario(readFileSync(join(root, 'scenes', name)), `scenes/${name}`)
    if (result.ok) scenarios.push(result.scenario)
    else skipped.push(`scenes/${name}`)
  }
  if (scenarios.length === 0) throw new Error('No valid scene file to package.')

  const appDir = join(outDir, 'app')
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  // Hash routes; and production React even when called from a test runner that set NODE_ENV=test.
  await withEnv({ VITE_ROUTING: 'hash', NODE_ENV: 'production' }, () =>
    build({ root, base: './', mode: 'production', logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } }),
  )
  const xml = courseStructureXml(scenarios, baseIri, version)
  const zipPath = join(outDir, `resus-cmi5-${version}.zip`)
  writeFileSync(join(outDir, 'cmi5.xml'), xml)
  writeFileSync(zipPath, zipCmi5Package(appDir, xml))
  return { zipPath, appDir, scenarios, skipped }
}

async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  Object.assign(process.env, vars)
  try {
    return await run()
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k)
      else process.env[k] = v
    }
  }
}
