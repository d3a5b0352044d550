import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadScenario } from '../scenario/index.ts'

/** Ids of the scene files in `scenesDir` that validate, sorted; the app bundles the same files at build time. */
export async function listValidScenarioIds(scenesDir: string): Promise<string[]> {
  const names = (await readdir(scenesDir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort()
  const ids: string[] = []
  for (const name of names) {
    const result = loadScenario(await readFile(join(scenesDir, name), 'utf8'), `scenes/${name}`)
    if (result.ok) ids.push(result.scenario.id)
  }
  return ids.sort()
}
